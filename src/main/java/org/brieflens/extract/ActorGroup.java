package org.brieflens.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Actors written together as one argument: a single mention, a list ("the United States, Japan
 * and South Korea"), or a hyphenated compound ("US-Japan-Australia").
 */
final class ActorGroup {
    final List<Mention> members = new ArrayList<>();
    boolean hyphenated = true;

    int first() {
        return members.get(0).first();
    }

    int end() {
        int end = 0;
        for (Mention member : members) {
            end = Math.max(end, member.end());
        }
        return end;
    }

    Mention last() {
        return members.get(members.size() - 1);
    }

    boolean isPossessive() {
        return last().possessive();
    }

    List<String> keys() {
        List<String> keys = new ArrayList<>();
        for (Mention member : members) {
            if (!keys.contains(member.actorKey())) {
                keys.add(member.actorKey());
            }
        }
        return keys;
    }
}
