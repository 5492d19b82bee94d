package dev.rapport.terminal;

import dev.rapport.app.InteractionStore;
import dev.rapport.domain.ContactKind;
import dev.rapport.domain.Interaction;
import java.util.ArrayList;
import java.util.List;

/** Contacts as rows: {@code rapport history}'s stable columns, its table, and one line of {@code customer show}. */
public final class ContactListings {

    /** The stable columns of {@code history --format csv|tsv|json}. */
    public static final List<String> COLUMNS = List.of("id", "at", "channel", "direction", "outcome", "kind", "satisfaction", "note",
            "logged_by", "opened", "closed");

    public static final List<String> TABLE = List.of("#", "when", "via", "dir", "outcome", "kind", "sat", "by", "obligations", "note");

    private ContactListings() {
    }

    public static List<Object> row(InteractionStore.HistoryEntry e, boolean table) {
        Interaction i = e.contact();
        if (table) {
            return List.of("#" + i.id(), Changes.when(i.at()), i.channel().name(), i.direction().toString(), i.outcome().toString(),
                    i.kind() == ContactKind.ROUTINE ? "" : i.kind().toString(), i.satisfaction().map(String::valueOf).orElse(""),
                    i.loggedBy(), obligations(e), i.note());
        }
        return List.of(i.id(), i.at().toString(), i.channel().name(), i.direction().toString(), i.outcome().toString(),
                i.kind().toString(), i.satisfaction().map(String::valueOf).orElse(""), i.note(), i.loggedBy(),
                touched(e.opened()), touched(e.closed()));
    }

    /**
     * A contact as {@code export interactions} writes it, in the columns import reads back
     * ({@code id,customer,at,channel,direction,outcome,kind,note,satisfaction,logged_by}).
     */
    public static List<Object> exported(Interaction i) {
        return List.of(i.id(), i.customerId(), i.at().toString(), i.channel().name(), i.direction().toString(),
                i.outcome().toString(), i.kind().toString(), i.note(), i.satisfaction().map(String::valueOf).orElse(""), i.loggedBy());
    }

    /** A contact as a JSON object with the keys of {@link #COLUMNS}. */
    public static java.util.Map<String, Object> json(InteractionStore.HistoryEntry e) {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        List<Object> row = row(e, false);
        for (int k = 0; k < COLUMNS.size(); k++) {
            m.put(COLUMNS.get(k), row.get(k));
        }
        return m;
    }

    /** {@code #812 2026-11-20 10:15 in call reached · complaint · 4/5 (opened resolve #4): late delivery}. */
    public static String line(InteractionStore.HistoryEntry e) {
        Interaction i = e.contact();
        String obligations = obligations(e);
        return "#" + i.id() + " " + Changes.when(i.at()) + " " + i.direction() + " " + i.channel().name() + " " + i.outcome()
                + (i.kind() == ContactKind.ROUTINE ? "" : " · " + i.kind()) + i.satisfaction().map(s -> " · " + s + "/5").orElse("")
                + (i.loggedBy().isEmpty() ? "" : " by " + i.loggedBy()) + (obligations.isEmpty() ? "" : " (" + obligations + ")")
                + (i.note().isEmpty() ? "" : ": " + i.note());
    }

    /** {@code opened callback #12; closed answer #9}. */
    private static String obligations(InteractionStore.HistoryEntry e) {
        List<String> parts = new ArrayList<>();
        if (!e.opened().isEmpty()) {
            parts.add("opened " + String.join(", ", touched(e.opened())));
        }
        if (!e.closed().isEmpty()) {
            parts.add("closed " + String.join(", ", touched(e.closed())));
        }
        return String.join("; ", parts);
    }

    /** {@code [callback #12, answer #13]}. */
    private static List<String> touched(List<InteractionStore.Touched> touched) {
        return touched.stream().map(t -> t.type() + " #" + t.id()).toList();
    }
}
