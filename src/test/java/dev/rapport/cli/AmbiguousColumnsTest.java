package dev.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A header with two columns for one thing is refused (65), naming both, before anything is
 * imported: one of them was left unread without a word.
 */
class AmbiguousColumnsTest {

    @TempDir
    Path home;

    @Test
    void customers_with_name_next_to_name_are_refused_naming_both_columns() throws IOException {
        var rapport = new Rapport(home);
        Path file = Files.writeString(home.resolve("c.csv"), "id,Name,email,name\nC1,Ada,ada@example.org,Ada Lovelace\n");

        var run = rapport.run("import", "customers", file.toString());

        assertThat(run.status()).as(run.toString()).isEqualTo(65);
        assertThat(run.err()).isEqualTo("rapport: " + file + ": the columns \"Name\" and \"name\" both hold the name;"
                + " keep one, or choose one with --map name=COLUMN\n");
        assertThat(rapport.run("export", "customers").out().lines()).hasSize(1);
    }

    @Test
    void customers_with_id_twice_or_an_email_under_two_names_are_refused() throws IOException {
        var rapport = new Rapport(home);
        Path twice = Files.writeString(home.resolve("twice.csv"), "id,name,id\nC1,Ada,C9\n");
        Path google = Files.writeString(home.resolve("mixed.csv"), "name,E-mail 1 - Value,email\nAda,a@example.org,b@example.org\n");

        var idTwice = rapport.run("import", "customers", twice.toString());
        var twoEmails = rapport.run("import", "customers", google.toString());

        assertThat(idTwice.status()).isEqualTo(65);
        assertThat(idTwice.err()).isEqualTo("rapport: " + twice + ": the column \"id\" is there twice (columns 1 and 3); keep one\n");
        assertThat(twoEmails.status()).isEqualTo(65);
        assertThat(twoEmails.err()).contains("the columns \"E-mail 1 - Value\" and \"email\" both hold the email");
        var chosen = rapport.run("import", "customers", google.toString(), "--map", "email=E-mail 1 - Value");
        assertThat(chosen.status()).as(chosen.toString()).isZero();
    }

    @Test
    void interactions_and_complaints_with_a_column_twice_are_refused() throws IOException {
        var rapport = new Rapport(home);
        assertThat(rapport.run("customer", "add", "Ada", "--id", "C1").status()).isZero();
        Path history = Files.writeString(home.resolve("h.csv"),
                "customer,at,channel,note,Notes\nC1,2026-11-01T10:00,call,first,second\n");
        Path complaints = Files.writeString(home.resolve("k.csv"), "ref,customer,opened,Customer\nK1,C1,2026-11-01,C2\n");

        var interactions = rapport.run("import", "interactions", history.toString());
        var complained = rapport.run("import", "complaints", complaints.toString());

        assertThat(interactions.status()).as(interactions.toString()).isEqualTo(65);
        assertThat(interactions.err()).isEqualTo("rapport: " + history + ": the columns \"note\" and \"Notes\" both hold the note; keep one\n");
        assertThat(complained.status()).as(complained.toString()).isEqualTo(65);
        assertThat(complained.err()).isEqualTo("rapport: " + complaints + ": the columns \"customer\" and \"Customer\" both hold the customer; keep one\n");
        assertThat(rapport.run("export", "interactions").out().lines()).hasSize(1);
    }
}
