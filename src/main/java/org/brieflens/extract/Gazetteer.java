package org.brieflens.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.brieflens.model.ActorKind;
import org.brieflens.model.ExerciseDomain;
import org.brieflens.model.Vocabulary;

/**
 * The extractor's knowledge, read from the data files in {@code gazetteer/}: states with their
 * aliases, demonyms and capitals, groupings with their members, companies, armed forces, places
 * that hold an actor's name, named exercises, person titles and the heads of service names.
 * Loaded once and shared: it is immutable after loading.
 */
public final class Gazetteer {
    private static final String FOLDER = "/org/brieflens/extract/gazetteer/";

    private final Map<String, KnownActor> actors = new LinkedHashMap<>();
    private final Map<String, KnownExercise> exercises = new HashMap<>();
    private final PhraseIndex<Surface> surfaces = new PhraseIndex<>();
    private final PhraseIndex<Title> titles = new PhraseIndex<>(Token::lower);
    private final PhraseIndex<ServiceHead> serviceHeads = new PhraseIndex<>();
    private final Map<String, String[]> ambiguity = new HashMap<>();
    private final Map<String, List<KnownActor>> forcesByState = new HashMap<>();
    /** States whose name or formal name says they are a kingdom, for "the kingdom". */
    private final Set<String> kingdoms = new HashSet<>();

    private static final class Holder {
        private static final Gazetteer INSTANCE = new Gazetteer();
    }

    private Gazetteer() {
        for (Map<String, String> row : TsvTable.load(FOLDER + "ambiguous.tsv").rows()) {
            ambiguity.put(row.get("surface"), new String[] {row.get("policy"), row.get("means")});
        }
        loadStates();
        loadGroupings();
        loadCompanies();
        loadForces();
        loadPlaces();
        loadExercises();
        loadAmbiguousDemonyms();
        for (Map<String, String> row : TsvTable.load(FOLDER + "titles.tsv").rows()) {
            titles.add(titleWords(row.get("title")), Title.parse(row.get("title"), row.get("scope")));
        }
        for (Map<String, String> row : TsvTable.load(FOLDER + "services.tsv").rows()) {
            serviceHeads.add(Tokeniser.words(row.get("head")),
                    new ServiceHead(row.get("name"), "yes".equals(row.get("alone"))));
        }
    }

    public static Gazetteer get() {
        return Holder.INSTANCE;
    }

    public PhraseIndex<Surface> surfaces() {
        return surfaces;
    }

    public PhraseIndex<Title> titles() {
        return titles;
    }

    public PhraseIndex<ServiceHead> serviceHeads() {
        return serviceHeads;
    }

    public Optional<KnownActor> actor(String key) {
        return Optional.ofNullable(actors.get(key));
    }

    public Optional<KnownActor> state(String iso3) {
        return iso3 == null || iso3.isBlank() ? Optional.empty() : actor(KnownActor.keyOfState(iso3));
    }

    /** Whether the state with this key is a kingdom ("the Kingdom of Saudi Arabia", "the United Kingdom"). */
    public boolean isKingdom(String stateKey) {
        return kingdoms.contains(stateKey);
    }

    /** The one armed force or agency of a state whose name ends with {@code head} ("China Coast Guard" for "Coast Guard"). */
    public Optional<KnownActor> forceOf(String iso3, String head) {
        if (iso3 == null) {
            return Optional.empty();
        }
        List<KnownActor> found = forcesByState.getOrDefault(iso3, List.of()).stream()
                .filter(actor -> actor.name().endsWith(" " + head)).toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    public Optional<KnownExercise> exercise(String name) {
        return Optional.ofNullable(exercises.get(name));
    }

    /** Title words as the title index keys them: lower case, without the full stops of abbreviations. */
    public static List<String> titleWords(String title) {
        List<String> words = new ArrayList<>();
        for (String word : Tokeniser.words(title)) {
            if (!word.equals(".")) {
                words.add(word.toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }

    private void loadStates() {
        for (Map<String, String> row : TsvTable.load(FOLDER + "states.tsv").rows()) {
            String iso3 = row.get("iso3");
            KnownActor state = new KnownActor(KnownActor.keyOfState(iso3), row.get("name"), ActorKind.STATE, iso3,
                    List.of(), null);
            actors.put(state.key(), state);
            addSurface(row.get("name"), SurfaceForm.NAME, state);
            TsvTable.list(row.get("aliases")).forEach(alias -> addSurface(alias, SurfaceForm.NAME, state));
            if ((row.get("name") + "|" + row.get("aliases")).contains("Kingdom")) {
                kingdoms.add(state.key());
            }
            TsvTable.list(row.get("demonyms")).forEach(demonym -> addSurface(demonym, SurfaceForm.DEMONYM, state));
            TsvTable.list(row.get("capitals")).forEach(capital -> addSurface(capital, SurfaceForm.CAPITAL, state));
        }
    }

    private void loadGroupings() {
        for (Map<String, String> row : TsvTable.load(FOLDER + "groupings.tsv").rows()) {
            ActorKind kind = Vocabulary.parse(ActorKind.class, row.get("kind")).orElse(ActorKind.GROUPING);
            KnownActor grouping = new KnownActor(row.get("id"), row.get("name"), kind, null,
                    TsvTable.list(row.get("members")), null);
            actors.put(grouping.key(), grouping);
            addSurface(row.get("name"), SurfaceForm.NAME, grouping);
            TsvTable.list(row.get("aliases")).forEach(alias -> addSurface(alias, SurfaceForm.NAME, grouping));
        }
    }

    private void loadCompanies() {
        loadAffiliated("companies.tsv", ActorKind.COMPANY);
    }

    private void loadForces() {
        loadAffiliated("forces.tsv", ActorKind.ORGANISATION);
    }

    private void loadAffiliated(String file, ActorKind kind) {
        for (Map<String, String> row : TsvTable.load(FOLDER + file).rows()) {
            String home = row.get("iso3");
            KnownActor actor = new KnownActor(row.get("id"), row.get("name"), kind, null, List.of(),
                    home.isBlank() ? null : home);
            actors.put(actor.key(), actor);
            if (kind == ActorKind.ORGANISATION && actor.homeIso3() != null) {
                forcesByState.computeIfAbsent(actor.homeIso3(), state -> new ArrayList<>()).add(actor);
            }
            addSurface(row.get("name"), SurfaceForm.NAME, actor);
            TsvTable.list(row.get("aliases")).forEach(alias -> addSurface(alias, SurfaceForm.NAME, actor));
        }
    }

    /**
     * Places and news media that hold an actor's name but are not actors ("Gulf of Finland",
     * "Times of Israel"): they take part in longest matching, so the name inside them is no mention.
     */
    private void loadPlaces() {
        for (String file : List.of("places.tsv", "media.tsv")) {
            for (Map<String, String> row : TsvTable.load(FOLDER + file).rows()) {
                surfaces.add(Tokeniser.words(row.get("surface")),
                        new Surface(row.get("surface"), SurfaceForm.PLACE, List.of(), Surface.Ambiguity.NONE, null));
            }
        }
    }

    private void loadExercises() {
        for (Map<String, String> row : TsvTable.load(FOLDER + "exercises.tsv").rows()) {
            String name = row.get("name");
            ExerciseDomain domain = Vocabulary.parse(ExerciseDomain.class, row.get("domain")).orElse(ExerciseDomain.GENERAL);
            String frequency = row.get("frequency").isBlank() ? null : row.get("frequency");
            exercises.put(name, new KnownExercise(name, domain, frequency));
            List<String> forms = new ArrayList<>(TsvTable.list(row.get("aliases")));
            forms.add(name);
            for (String form : forms) {
                surfaces.add(Tokeniser.words(form),
                        new Surface(form, SurfaceForm.EXERCISE, List.of(), Surface.Ambiguity.NONE, name));
            }
        }
    }

    /** Demonyms that fit several states ("Korean") are only in ambiguous.tsv, with their candidates. */
    private void loadAmbiguousDemonyms() {
        for (Map.Entry<String, String[]> entry : ambiguity.entrySet()) {
            List<String> means = TsvTable.list(entry.getValue()[1]);
            if (means.isEmpty()) {
                continue;
            }
            List<KnownActor> candidates = means.stream().map(this::state).flatMap(Optional::stream).toList();
            surfaces.add(Tokeniser.words(entry.getKey()),
                    new Surface(entry.getKey(), SurfaceForm.DEMONYM, candidates, Surface.Ambiguity.SUPPORTED, null));
        }
    }

    private void addSurface(String text, SurfaceForm form, KnownActor actor) {
        String[] policy = ambiguity.get(text);
        Surface.Ambiguity ambiguous = policy == null ? Surface.Ambiguity.NONE : switch (policy[0]) {
            case "supported" -> Surface.Ambiguity.SUPPORTED;
            case "acting" -> Surface.Ambiguity.ACTING;
            default -> Surface.Ambiguity.LONGEST;
        };
        List<String> words = Tokeniser.words(text);
        // Mentions leave out the article: "the United States" is matched as "United States".
        if (words.size() > 1 && (words.get(0).equals("the") || words.get(0).equals("The"))) {
            words = words.subList(1, words.size());
        }
        surfaces.add(words, new Surface(text, form, List.of(actor), ambiguous, null));
    }
}
