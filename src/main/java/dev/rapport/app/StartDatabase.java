package dev.rapport.app;

/** {@code rapport init}: the database, created with its folders when it does not exist, and planned. */
public final class StartDatabase {

    private final Workspace workspace;

    public StartDatabase(Workspace workspace) {
        this.workspace = workspace;
    }

    public void start() {
        Planner.current(workspace);
    }
}
