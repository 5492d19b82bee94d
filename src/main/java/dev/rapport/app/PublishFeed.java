package dev.rapport.app;

import java.time.Instant;

/** The calendar feeds of the agenda ({@link ExportFeed}): one export of a feed at a time. */
public final class PublishFeed {

    private final Workspace workspace;

    public PublishFeed(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Begins an export of the feed of this name, published at {@code now}. */
    public ExportFeed open(String feed, Instant now) {
        return new ExportFeed(workspace.storage(), feed, now);
    }
}
