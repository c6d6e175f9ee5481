package org.geoparks.catalogue.account;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.geoparks.catalogue.CatalogueApplication;
import org.geoparks.catalogue.support.InvalidRecordException;
import org.geoparks.catalogue.support.NotFoundException;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code ./catalogue user …}: accounts from the command line, for the first administrator and for
 * sites without a directory. Passwords are read from standard input, never from the arguments
 * (which other users of the machine can see).
 */
@Command(name = "catalogue user", mixinStandardHelpOptions = true,
        description = "Creates accounts and gives them roles: manager or editor of a park, admin, operator.",
        subcommands = {UserCommand.Add.class, UserCommand.Grant.class, UserCommand.Revoke.class, UserCommand.Password.class,
                UserCommand.Disable.class, UserCommand.Enable.class, UserCommand.ListAccounts.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:refused (the message says why)", "2:wrong arguments"})
public class UserCommand {

    private final Map<String, Object> springProperties;
    private final InputStream stdin;
    private final PrintStream out;
    private final PrintStream err;

    public UserCommand() {
        this(Map.of(), System.in, System.out, System.err);
    }

    /** For tests and embedding: extra Spring properties (the database), and the streams to use. */
    public UserCommand(Map<String, Object> springProperties, InputStream stdin, PrintStream out, PrintStream err) {
        this.springProperties = springProperties;
        this.stdin = stdin;
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(new UserCommand().execute(args));
    }

    public int execute(String... args) {
        return new CommandLine(this).setOut(new java.io.PrintWriter(out, true)).setErr(new java.io.PrintWriter(err, true)).execute(args);
    }

    /** Runs an action on the account service of a context without web server, change-log follower or clock. */
    int withAccounts(Function<AccountAdministration, String> action) {
        Map<String, Object> properties = new java.util.LinkedHashMap<>(Map.of(
                "catalogue.geodata.load-on-start", "false", "logging.level.root", "warn", "logging.level.org.geoparks", "warn",
                "catalogue.change-log.follow", "false", "catalogue.hazards.clock.enabled", "false",
                "catalogue.guide.synthesis.enabled", "false"));
        properties.putAll(springProperties);
        // as arguments, so that they come before application.yaml and the environment
        String[] arguments = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CatalogueApplication.class)
                .web(WebApplicationType.NONE).logStartupInfo(false).run(arguments)) {
            out.println(action.apply(context.getBean(AccountAdministration.class)));
            return 0;
        } catch (InvalidRecordException | NotFoundException e) {
            err.println("catalogue user: " + e.getMessage());
            return 1;
        }
    }

    static String actor() {
        return "cli:" + System.getProperty("user.name", "unknown");
    }

    String readPassword() {
        try {
            String text = new String(stdin.readAllBytes(), StandardCharsets.UTF_8);
            // one line: what `echo` or a password manager pipes in ends with a newline that is not part of it
            return text.endsWith("\r\n") ? text.substring(0, text.length() - 2) : text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        } catch (IOException e) {
            throw new InvalidRecordException("password", "could not be read from standard input: " + e.getMessage());
        }
    }

    static String describe(AccountAdministration.AccountView account) {
        List<String> roles = new ArrayList<>();
        for (AccountAdministration.Grant g : account.roles()) {
            roles.add((g.role().equals("park_manager") ? "manager" : g.role()) + (g.parkId() == null ? "" : " of " + g.parkId()));
        }
        return account.username() + (account.enabled() ? "" : " (disabled)") + ": " + (roles.isEmpty() ? "no role" : String.join(", ", roles));
    }

    /** Options that name roles. */
    static class RoleOptions {
        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "manager, editor, admin or operator")
        String role;

        @Option(names = "--park", paramLabel = "ID", description = "the park of a manager or editor (repeatable)")
        List<String> parks = new ArrayList<>();

        List<AccountAdministration.Grant> grants() {
            if (parks.isEmpty()) {
                return List.of(AccountAdministration.Grant.of(role, null));
            }
            return parks.stream().map(park -> AccountAdministration.Grant.of(role, park)).toList();
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Creates an account with a role; the password comes from standard input.")
    static class Add implements Callable<Integer> {
        @ParentCommand
        UserCommand parent;

        @Parameters(index = "0", paramLabel = "NAME", description = "the account name (3–80 of a–z, 0–9, . _ @ -)")
        String name;

        @CommandLine.Mixin
        RoleOptions roles;

        @Option(names = "--display-name", paramLabel = "TEXT", description = "the person's name as others read it")
        String displayName;

        @Option(names = "--password-stdin", required = true, description = "read the password from standard input (at least 10 characters)")
        boolean passwordStdin;

        @Override
        public Integer call() {
            String password = parent.readPassword();
            List<AccountAdministration.Grant> grants;
            try { // what can be checked without the database is, before it is opened
                AccountAdministration.username(name);
                AccountAdministration.requirePassword(password);
                grants = roles.grants();
            } catch (InvalidRecordException e) {
                parent.err.println("catalogue user: " + e.getMessage());
                return 1;
            }
            return parent.withAccounts(accounts -> "created " + describe(accounts.create(name, displayName, password, grants, actor())));
        }
    }

    @Command(name = "grant", mixinStandardHelpOptions = true, description = "Gives an account a role.")
    static class Grant implements Callable<Integer> {
        @ParentCommand
        UserCommand parent;
        @Parameters(index = "0", paramLabel = "NAME")
        String name;
        @CommandLine.Mixin
        RoleOptions roles;

        @Override
        public Integer call() {
            return parent.withAccounts(accounts -> describe(accounts.grant(name, roles.grants(), actor())));
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Takes a role from an account.")
    static class Revoke implements Callable<Integer> {
        @ParentCommand
        UserCommand parent;
        @Parameters(index = "0", paramLabel = "NAME")
        String name;
        @CommandLine.Mixin
        RoleOptions roles;

        @Override
        public Integer call() {
            return parent.withAccounts(accounts -> describe(accounts.revoke(name, roles.grants(), actor())));
        }
    }

    @Command(name = "passwd", mixinStandardHelpOptions = true, description = "Sets an account's password from standard input.")
    static class Password implements Callable<Integer> {
        @ParentCommand
        UserCommand parent;
        @Parameters(index = "0", paramLabel = "NAME")
        String name;
        @Option(names = "--password-stdin", required = true, description = "read the password from standard input")
        boolean passwordStdin;

        @Override
        public Integer call() {
            String password = parent.readPassword();
            return parent.withAccounts(accounts -> "password changed for " + describe(accounts.setPassword(name, password, actor())));
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true, description = "Stops an account from signing in (its tokens expire within their lifetime).")
    static class Disable implements Callable<Integer> {
        @ParentCommand
        UserCommand parent;
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            return parent.withAccounts(accounts -> describe(accounts.setEnabled(name, false, actor())));
        }
    }

    @Command(name = "enable", mixinStandardHelpOptions = true, description = "Lets a disabled account sign in again.")
    static class Enable implements Callable<Integer> {
        @ParentCommand
        UserCommand parent;
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            return parent.withAccounts(accounts -> describe(accounts.setEnabled(name, true, actor())));
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the accounts and their roles.")
    static class ListAccounts implements Callable<Integer> {
        @ParentCommand
        UserCommand parent;

        @Override
        public Integer call() {
            return parent.withAccounts(accounts -> String.join(System.lineSeparator(),
                    accounts.list().stream().map(UserCommand::describe).toList()));
        }
    }
}
