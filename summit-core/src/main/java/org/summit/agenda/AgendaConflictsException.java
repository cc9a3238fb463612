package org.summit.agenda;

import java.util.List;
import java.util.Map;
import org.summit.shared.ConflictException;
import org.summit.shared.ProblemCode;
import org.summit.shared.Violation;

/** A change or a release refused for its conflicts (409), listing each as an entry of the problem's errors. */
public class AgendaConflictsException extends ConflictException {

    private final transient List<Conflict> conflicts;

    AgendaConflictsException(ProblemCode code, Map<String, ?> args, List<Conflict> conflicts) {
        super(code, args);
        this.conflicts = List.copyOf(conflicts);
    }

    public List<Conflict> conflicts() {
        return conflicts;
    }

    @Override
    public List<Violation> violations() {
        return conflicts.stream().map(Conflict::violation).toList();
    }
}
