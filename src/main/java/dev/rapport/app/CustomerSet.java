package dev.rapport.app;

/**
 * Some customers, as the storage that picked them holds them: those an import or an undo touched,
 * which the planner plans again, or those whom forget erases from the journal. The use cases only
 * hand it back to the storage it came from, which reads it; it stays small however many customers
 * it holds, where their ids would not (a million of them is more memory than an import may take).
 */
public interface CustomerSet {

    /** How many customers it holds. */
    long size();
}
