package dev.rapport.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** What makes two customers likely one (issue 12 item 6): keys that survive the ways people type. */
class DuplicateKeysTest {

    private static Customer.Builder customer(String id, String name) {
        return Customer.builder(id, name, "key", LocalDate.of(2026, 1, 5));
    }

    private static String phone(String text) {
        return DuplicateKeys.phone(text).map(k -> k.qualifier() + "|" + k.value()).orElse("none");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"+49 30 1234567", "0049 30 1234567", "+49 (0)30 123 45 67", "0049-30-1234567", "+49.30.1234567",
        "+49 30 1234567 ext. 12", "+49 30 1234567 x12", "+49 30 1234567 Durchwahl 3", "  +49 30/1234567  "})
    void an_international_number_in_any_format_is_its_country_code_and_national_number(String text) {
        assertThat(phone(text)).isEqualTo("49|301234567");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"030 1234567", "030/1234567", "(030) 123 45 67", "030-1234567"})
    void a_national_number_drops_its_trunk_zero_and_matches_the_international_form_of_any_country(String text) {
        assertThat(phone(text)).isEqualTo("|301234567");
        DuplicateKeys.Key national = DuplicateKeys.phone(text).orElseThrow();
        assertThat(national.matches(DuplicateKeys.phone("+49 30 1234567").orElseThrow())).isTrue();
        assertThat(national.matches(DuplicateKeys.phone("+33 30 1234567").orElseThrow())).isTrue();
    }

    @Test
    void two_international_numbers_that_differ_only_in_the_country_code_do_not_match() {
        DuplicateKeys.Key german = DuplicateKeys.phone("+49 30 1234567").orElseThrow();
        DuplicateKeys.Key french = DuplicateKeys.phone("+33 30 1234567").orElseThrow();

        assertThat(german.value()).isEqualTo(french.value());
        assertThat(german.matches(french)).isFalse();
        assertThat(german.matches(DuplicateKeys.phone("0049 30 1234567").orElseThrow())).isTrue();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "+1 212 555 1234, 1|2125551234",      // one-digit code (NANP)
        "(212) 555-1234, |2125551234",        // and its national form without a trunk prefix
        "+7 495 123 45 67, 7|4951234567",
        "+44 20 7946 0000, 44|2079460000",
        "+353 1 234 5678, 353|12345678",      // three-digit code
        "+39 06 1234 5678, 39|612345678",     // Italy keeps its 0 after the code: dropped on both sides
        "06 1234 5678, |612345678",
        "+86 10 1234 5678, 86|1012345678",
        "+49 30 1234567 ; 2nd line, 49|301234567"})
    void country_codes_are_one_two_or_three_digits_as_e164_assigns_them(String text, String key) {
        assertThat(phone(text)).isEqualTo(key);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "   ", "112", "+49 123", "ext. 12", "0049", "+", "n/a"})
    void short_codes_extensions_and_empty_fields_are_no_key(String text) {
        assertThat(phone(text)).isEqualTo("none");
    }

    @Test
    void names_fold_case_and_accents() {
        assertThat(List.of("Müller", "Muller", "MÜLLER", "  müller ", "Mu\u0308ller").stream().map(DuplicateKeys::fold).distinct())
                .containsExactly("muller");
        assertThat(DuplicateKeys.fold("Björn Weiß")).isEqualTo("bjorn weiss");
        assertThat(DuplicateKeys.fold("Ærø Łódź Øre")).isEqualTo("aero lodz ore");
        assertThat(DuplicateKeys.fold("François  d'Alembert-Lefèvre")).isEqualTo("francois d alembert lefevre");
        assertThat(DuplicateKeys.fold("王芳")).isEqualTo("王芳");
        assertThat(DuplicateKeys.fold("Mueller")).as("a transliteration is another spelling").isNotEqualTo("muller");
    }

    @Test
    void a_customer_s_keys_are_its_e_mail_its_phone_and_its_name_with_its_company() {
        Customer c = customer("C1", "Jürgen MÜLLER").company("Müller GmbH").email("J.Mueller@Example.DE").phone("0711 1234 56").build();

        assertThat(DuplicateKeys.of(c)).containsExactly(
                new DuplicateKeys.Key(DuplicateKeys.Reason.EMAIL, "j.mueller@example.de", ""),
                new DuplicateKeys.Key(DuplicateKeys.Reason.PHONE, "711123456", ""),
                new DuplicateKeys.Key(DuplicateKeys.Reason.NAME_AND_COMPANY, "jurgen muller / muller gmbh", ""));
    }

    @Test
    void the_same_name_at_another_company_is_another_key() {
        var a = DuplicateKeys.of(customer("A", "Anna Berg").company("Acme").build());
        var b = DuplicateKeys.of(customer("B", "ANNA BERG").company("ACME").build());
        var c = DuplicateKeys.of(customer("C", "Anna Berg").company("Globex").build());

        assertThat(a).isEqualTo(b);
        assertThat(a.get(0).matches(c.get(0))).isFalse();
    }

    @Test
    void a_customer_merged_into_another_has_no_keys() {
        Customer merged = CustomerMerge.archive(customer("C2", "Ada").email("ada@example.org").build(), "C1");
        assertThat(DuplicateKeys.of(merged)).isEmpty();
        assertThat(DuplicateKeys.email("")).isEqualTo(Optional.empty());
    }
}
