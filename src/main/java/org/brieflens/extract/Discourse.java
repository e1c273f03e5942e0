package org.brieflens.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.brieflens.model.LinkFamily;
import org.brieflens.model.LinkKind;

/**
 * What the brief has said so far, for the words that refer back to it: the events (links) found,
 * most recent last, so that "the strikes", "these sales" or "the project" name the actors of the
 * last event of their kind; what "it" or "them" stood for last; the lists of states named, for
 * "the three countries"; and the arms transfers already found, which keep a later "deal" between
 * the same pair running the same way.
 */
final class Discourse {
    /** An event: a link of one kind between lists of actors (states or bodies they belong to). */
    private record Event(LinkKind kind, List<String> sources, List<String> targets, int sentence) {
    }

    /** How many sentences back a noun such as "the deal" may reach for its event. */
    private static final int REFERENCE_REACH = 6;
    /** How many sentences back "it" or "them" may reach. */
    private static final int PRONOUN_REACH = 1;
    private static final int REMEMBERED_EVENTS = 32;
    private static final int REMEMBERED_LISTS = 8;

    private final List<Event> events = new ArrayList<>();
    private final List<List<String>> lists = new ArrayList<>();
    private final Set<String> armsSales = new HashSet<>();
    private List<String> lastReferent = List.of();
    private int lastReferentSentence = -1;
    private final Map<Integer, List<String>> subjects = new HashMap<>();
    private final Set<Integer> personSubjects = new HashSet<>();

    /** Records the subject of a sentence's first main clause. */
    void subjectOf(int sentence, List<String> subject, boolean person) {
        subjects.put(sentence, List.copyOf(subject));
        if (person) {
            personSubjects.add(sentence);
        }
    }

    /** Whether the subject of the sentence before was one person, whom an opening "He" or "She" continues. */
    boolean previousSubjectIsPerson(int sentence) {
        return personSubjects.contains(sentence - 1);
    }

    /** The subject of the sentence before, which an opening "It" or "They" continues; empty if none. */
    List<String> previousSubject(int sentence) {
        return subjects.getOrDefault(sentence - 1, List.of());
    }

    void remember(LinkKind kind, List<String> sources, List<String> targets, int sentence) {
        if (sources.isEmpty() && targets.isEmpty()) {
            return;
        }
        events.add(new Event(kind, List.copyOf(sources), List.copyOf(targets), sentence));
        if (events.size() > REMEMBERED_EVENTS) {
            events.remove(0);
        }
        if (kind == LinkKind.ARMS_TRANSFER) {
            for (String source : sources) {
                targets.forEach(target -> armsSales.add(source + ">" + target));
            }
        }
    }

    /**
     * The actors an event of {@code kind} named lately stands for: the one acting in an attack,
     * coercion or support ("welcomed the strikes"), the buyer of an arms transfer ("backed the
     * deal"), both sides of a mutual relation ("denounced the project"). Empty when there is none.
     */
    List<String> referent(LinkKind kind, int sentence) {
        for (int k = events.size() - 1; k >= 0; k--) {
            Event event = events.get(k);
            if (sentence - event.sentence() > REFERENCE_REACH) {
                break;
            }
            // An event with no one on the side referred to ("the helicopters would be delivered") names no one.
            if (event.kind() == kind && !partiesOf(event).isEmpty()) {
                return partiesOf(event);
            }
        }
        return List.of();
    }

    /** Who acted in the latest event of any kind, if recent: what "the move" or "the decision" was made by. */
    List<String> actorsOfLatest(int sentence) {
        for (int k = events.size() - 1; k >= 0; k--) {
            Event event = events.get(k);
            if (sentence - event.sentence() > REFERENCE_REACH) {
                break;
            }
            if (!event.sources().isEmpty()) {
                return event.sources();
            }
        }
        return List.of();
    }

    /**
     * As {@link #referent(LinkKind, int)}, for a plural noun ("the purchases"): the parties of
     * every recent event of {@code kind}, latest first.
     */
    List<String> referentOfAll(LinkKind kind, int sentence) {
        List<String> all = new ArrayList<>();
        for (int k = events.size() - 1; k >= 0; k--) {
            Event event = events.get(k);
            if (sentence - event.sentence() > REFERENCE_REACH) {
                break;
            }
            if (event.kind() == kind) {
                partiesOf(event).stream().filter(key -> !all.contains(key)).forEach(all::add);
            }
        }
        return all;
    }

    /** What "it" or "them" stands for: what was referred to last, or else the last event, if recent. */
    List<String> pronounReferent(int sentence) {
        if (lastReferentSentence >= 0 && sentence - lastReferentSentence <= PRONOUN_REACH) {
            return lastReferent;
        }
        if (!events.isEmpty() && sentence - events.get(events.size() - 1).sentence() <= PRONOUN_REACH) {
            return partiesOf(events.get(events.size() - 1));
        }
        return List.of();
    }

    void referredTo(List<String> actors, int sentence) {
        lastReferent = List.copyOf(actors);
        lastReferentSentence = sentence;
    }

    /** The target of the last conflict event, for "such threats". */
    String lastAdversary() {
        for (int k = events.size() - 1; k >= 0; k--) {
            Event event = events.get(k);
            if (event.kind().family() == LinkFamily.CONFLICT && !event.targets().isEmpty()) {
                return event.targets().get(0);
            }
        }
        return null;
    }

    /** Both ends of the last partnership, for "these ties" and "this framework". */
    List<String> lastPartnership() {
        for (int k = events.size() - 1; k >= 0; k--) {
            Event event = events.get(k);
            if (event.kind() == LinkKind.PARTNERSHIP) {
                return partiesOf(event);
            }
        }
        return List.of();
    }

    private static List<String> partiesOf(Event event) {
        return switch (event.kind()) {
            case ATTACK, COERCION, SUPPORT, CONDEMNATION, RIVALRY -> event.sources();
            case ARMS_TRANSFER -> event.targets();
            default -> {
                List<String> both = new ArrayList<>(event.sources());
                event.targets().stream().filter(actor -> !both.contains(actor)).forEach(both::add);
                yield both;
            }
        };
    }

    void rememberList(List<String> states) {
        lists.add(List.copyOf(states));
        if (lists.size() > REMEMBERED_LISTS) {
            lists.remove(0);
        }
    }

    /** The last list of exactly {@code count} states, for "the three countries". */
    List<String> lastListOf(int count) {
        for (int k = lists.size() - 1; k >= 0; k--) {
            if (lists.get(k).size() == count) {
                return lists.get(k);
            }
        }
        return List.of();
    }

    /** The last list of states, for "the countries" that does not say how many. */
    List<String> lastList() {
        return lists.isEmpty() ? List.of() : lists.get(lists.size() - 1);
    }

    /** Whether an arms transfer from {@code seller} to {@code buyer} was found before. */
    boolean sold(String seller, String buyer) {
        return armsSales.contains(seller + ">" + buyer);
    }
}
