package dev.seepoint.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seepoint.scenarios.internal.Variables;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretsTest {

    private final Location at = new Location(Path.of("s.yaml"), 3, 9);

    @Test
    void aSecretIsMaskedEverywhereItAppearsLongestFirst() {
        Secrets s = new Secrets();
        s.add("hunter2");
        s.add("hunter2-long");
        assertThat(s.mask("typed 'hunter2-long' then hunter2")).isEqualTo("typed '***' then ***");
        assertThat(s.mask(null)).isNull();
    }

    @Test
    void aSecretsJsonEscapedFormIsMaskedToo() {
        Secrets s = new Secrets();
        s.add("pa\"ss");
        assertThat(s.mask("{\"text\":\"pa\\\"ss\"}")).isEqualTo("{\"text\":\"***\"}");
    }

    @Test
    void blankValuesAreNotSecrets() {
        Secrets s = new Secrets();
        s.add("  ");
        assertThat(s.isEmpty()).isTrue();
        assertThat(s.mask("a b")).isEqualTo("a b");
    }

    @Test
    void variablesFillInEnvironmentSecretsAndValuesReadEarlier() {
        Secrets secrets = new Secrets();
        Map<String, String> env = Map.of("USER_NAME", "ada", "PASSWORD", "s3cret!");
        Variables v = new Variables(env::get, secrets);
        assertThat(v.resolve("${env:USER_NAME} / ${secret:PASSWORD} / ${total}", Map.of("total", "$42.00"), at))
                .isEqualTo("ada / s3cret! / $42.00");
        assertThat(secrets.mask("typed s3cret!")).isEqualTo("typed ***");
        assertThat(secrets.mask("ada")).isEqualTo("ada");
    }

    @Test
    void aMissingEnvironmentVariableOrMalformedReferenceNamesThePlace() {
        Variables v = new Variables(k -> null, new Secrets());
        assertThatThrownBy(() -> v.resolve("${secret:PASSWORD}", Map.of(), at)).isInstanceOf(SuiteException.class)
                .hasMessageContaining("s.yaml:3:9").hasMessageContaining("PASSWORD, which is not set");
        assertThatThrownBy(() -> v.resolve("${vault:X}", Map.of(), at)).hasMessageContaining("is not a variable reference");
        assertThatThrownBy(() -> v.resolve("${x}", Map.of("y", "1"), at)).hasMessageContaining("${x} is not defined");
    }
}
