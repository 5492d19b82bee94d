package dev.rapport.config;

import dev.rapport.app.PolicyFiles;
import dev.rapport.domain.Policy;
import java.nio.file.Path;
import java.time.ZoneId;

/** The policy files as YAML: {@link PolicyFile}, {@link PolicySettings} and {@link PolicyCheck} behind the app's port. */
public final class YamlPolicyFiles implements PolicyFiles {

    @Override
    public Policy load(Path path) {
        return PolicyFile.load(path);
    }

    @Override
    public String template() {
        return PolicyFile.template();
    }

    @Override
    public Explained explain(Path path, ZoneId systemZone) {
        return PolicySettings.explain(path, systemZone);
    }

    @Override
    public Checked check(Path path, ZoneId systemZone) {
        return PolicyCheck.check(path, systemZone);
    }
}
