package dev.seepoint.scenarios.internal;

import dev.seepoint.scenarios.Location;
import dev.seepoint.scenarios.Secrets;
import dev.seepoint.scenarios.SuiteException;
import java.util.ArrayList;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills in {@code ${env:NAME}} (environment), {@code ${secret:NAME}} (environment, remembered as
 * secret) and {@code ${name}} (a suite variable or a value read earlier in the scenario).
 */
public final class Variables {

    /** One reference: {@code ${env:HOME}}, {@code ${secret:PASSWORD}}, {@code ${total}}. */
    public static final Pattern REFERENCE = Pattern.compile("\\$\\{(?:(env|secret):)?([A-Za-z_][A-Za-z0-9_.-]*)}");
    private static final Pattern ANY = Pattern.compile("\\$\\{([^}]*)}?");

    private final UnaryOperator<String> env;
    private final Secrets secrets;

    public Variables(UnaryOperator<String> env, Secrets secrets) {
        this.env = env;
        this.secrets = secrets;
    }

    /**
     * {@code text} with its references filled in.
     *
     * @throws SuiteException naming the place and the missing or malformed reference
     */
    public String resolve(String text, Map<String, String> values, Location at) {
        if (text == null || !text.contains("${")) {
            return text;
        }
        checkSyntax(text, at);
        Matcher m = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String source = m.group(1);
            String name = m.group(2);
            String value;
            if (source == null) {
                value = values.get(name);
                if (value == null) {
                    String hint = Suggest.nearest(name, values.keySet()).map(s -> "; did you mean '${" + s + "}'?").orElse(
                            values.isEmpty() ? "; define it under 'vars:' or read it first with 'read: ...' and 'as: " + name + "'"
                                    : "; known: " + new ArrayList<>(values.keySet()));
                    throw new SuiteException(at + ": ${" + name + "} is not defined" + hint);
                }
            } else {
                value = env.apply(name);
                if (value == null) {
                    throw new SuiteException(at + ": ${" + source + ":" + name + "} needs the environment variable " + name
                            + ", which is not set; export " + name + "=... before running");
                }
                if (source.equals("secret")) {
                    secrets.add(value);
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Rejects {@code ${}}, {@code ${foo:bar}} and unclosed references, naming the place. */
    public static void checkSyntax(String text, Location at) {
        Matcher any = ANY.matcher(text);
        while (any.find()) {
            if (!REFERENCE.matcher(any.group()).matches()) {
                throw new SuiteException(at + ": '" + any.group() + "' is not a variable reference; write ${name}, "
                        + "${env:NAME} or ${secret:NAME}");
            }
        }
    }

    /** The names {@code text} refers to without a source ({@code ${total}}), in order. */
    public static java.util.List<String> plainNames(String text) {
        java.util.List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = REFERENCE.matcher(text);
        while (m.find()) {
            if (m.group(1) == null) {
                out.add(m.group(2));
            }
        }
        return out;
    }
}
