#!/usr/bin/env bash
# Writes src/test/resources/schemas/v<N>.sql: a rapport database at each released schema version,
# made by running the first N migrations of Schema.MIGRATIONS and adding the sample rows of
# SchemaFixtures.SAMPLES, dumped as SQL. SchemaUpgradeTest loads each, upgrades it and checks the
# data; it also checks that each file still matches the migrations, so an edited released
# migration is caught.
#
# Run it once when a migration is released (after adding that version's samples to
# SchemaFixtures.SAMPLES), and commit the new file. Never regenerate the files of older versions
# from changed code: they stand for databases that users have.
#
#   scripts/schema-fixtures.sh            # all versions the samples cover
set -euo pipefail
cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.."
mvn -B -q test-compile
cp=$(mvn -B -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout)
java -cp "target/classes:target/test-classes:$cp" dev.rapport.storage.sqlite.SchemaFixtures src/test/resources/schemas
