package org.geoparks.catalogue.operator;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.geoparks.catalogue.CatalogueApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ./catalogue apikey create|list|revoke}: tour operators' API keys, on the catalogue's
 * database (the launcher's, or CATALOGUE_DB_URL). A new key is printed once and never again.
 */
@Command(name = "catalogue apikey", mixinStandardHelpOptions = true,
        description = "Tour operators' API keys: shown once, stored hashed, revocable.",
        subcommands = {ApiKeyCommand.Create.class, ApiKeyCommand.ListKeys.class, ApiKeyCommand.Revoke.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:refused (unknown operator or key) or failed", "2:wrong arguments"})
public class ApiKeyCommand implements Callable<Integer> {

    public static void main(String[] args) {
        System.exit(new CommandLine(new ApiKeyCommand()).execute(args));
    }

    @Override
    public Integer call() {
        CommandLine.usage(this, System.out);
        return 2;
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = {"Makes a key for a tour operator and prints it once.",
                    "An operator without an account gets one (without a password: operators use keys)."})
    static class Create implements Callable<Integer> {
        @Option(names = "--operator", required = true, paramLabel = "NAME", description = "the operator's account name, e.g. bangioc-travel")
        String operator;

        @Option(names = "--label", paramLabel = "TEXT", description = "what the key is for, e.g. \"booking system\"")
        String label;

        @Override
        public Integer call() {
            return withKeys(keys -> {
                ApiKeys.NewKey created = keys.create(operator, label, actor());
                if (created.accountCreated()) {
                    System.out.println("Created the operator account '" + created.info().operator() + "'.");
                }
                System.out.println("API key for " + created.info().operator() + " (" + created.info().label() + "), prefix "
                        + created.info().prefix() + ":");
                System.out.println();
                System.out.println("  " + created.key());
                System.out.println();
                System.out.println("It is shown this once and stored only as a hash: hand it over now. Send it as the header X-API-Key.");
                return 0;
            });
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the keys (never their secrets), newest first.")
    static class ListKeys implements Callable<Integer> {
        @Option(names = "--operator", paramLabel = "NAME", description = "only this operator's keys")
        String operator;

        @Override
        public Integer call() {
            return withKeys(keys -> {
                List<ApiKeys.KeyInfo> found = keys.list(operator);
                System.out.printf("%-12s %-24s %-20s %-20s %-20s %s%n", "PREFIX", "OPERATOR", "CREATED", "LAST USED", "REVOKED", "LABEL");
                for (ApiKeys.KeyInfo k : found) {
                    System.out.printf("%-12s %-24s %-20s %-20s %-20s %s%n", k.prefix(), k.operator(), time(k.createdAt()),
                            time(k.lastUsedAt()), time(k.revokedAt()), k.label());
                }
                if (found.isEmpty()) {
                    System.out.println("(no keys)");
                }
                return 0;
            });
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revokes a key: every request with it is refused (401) from now on.")
    static class Revoke implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "PREFIX", description = "the key's prefix (as `list` shows it) or the whole key")
        String prefix;

        @Override
        public Integer call() {
            return withKeys(keys -> {
                boolean revoked = keys.revoke(prefix, actor());
                System.out.println(revoked ? "Revoked the key " + ApiKeys.prefixOf(prefix) + "."
                        : "The key " + ApiKeys.prefixOf(prefix) + " was revoked already.");
                return 0;
            });
        }
    }

    private interface KeyWork {
        int run(ApiKeys keys);
    }

    private static int withKeys(KeyWork work) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CatalogueApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                // as arguments, so that they win over application.yaml: a command does no background work
                .run("--catalogue.geodata.load-on-start=false", "--logging.level.root=warn", "--logging.level.org.geoparks=warn",
                        "--catalogue.change-log.follow=false", "--catalogue.webhooks.deliver=false",
                        "--catalogue.guide.synthesis.background=false")) {
            return work.run(context.getBean(ApiKeys.class));
        } catch (ApiKeys.KeyCommandException e) {
            System.err.println("Refused: " + e.getMessage());
            return 1;
        }
    }

    private static String actor() {
        return "apikey:" + System.getProperty("user.name", "unknown");
    }

    private static String time(Instant t) {
        return t == null ? "-" : t.toString().substring(0, Math.min(19, t.toString().length())).replace('T', ' ');
    }
}
