package dev.rapport.cli;

/** The formats every listing offers (SPEC §4); {@code ics} only where a listing has dates to plan. */
public enum OutputFormat {
    table, csv, tsv, json, ics
}
