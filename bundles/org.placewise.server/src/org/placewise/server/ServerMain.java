package org.placewise.server;

import java.io.Console;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.eclipse.emf.ecore.EPackage;
import org.placewise.model.PlacewisePackages;
import org.placewise.server.ServerConfiguration.PostgreSqlSettings;
import org.placewise.server.ServerConfiguration.TlsSettings;

/**
 * Command line of the repository server, exposed as {@code placewise server}.
 *
 * <pre>
 * placewise server [--store h2|postgresql] [--data DIR] [--repository NAME] [--host ADDRESS] [--port N]
 *                  [--users FILE] [--tls-keystore FILE]
 *                  [--pg-host H] [--pg-port N] [--pg-database DB] [--pg-user USER]
 * placewise server add-user [--users FILE | --data DIR] NAME viewer|editor|admin
 * placewise server set-password [--users FILE | --data DIR] NAME
 * placewise server list-users [--users FILE | --data DIR]
 * </pre>
 *
 * Secrets never go on the command line (other users can see it): the TLS key store password comes from
 * {@value #TLS_PASSWORD_VARIABLE}, the PostgreSQL password from {@value #POSTGRESQL_PASSWORD_VARIABLE}, a new user's
 * password from {@value #USER_PASSWORD_VARIABLE} or, when that is unset, from a prompt.
 */
public final class ServerMain
{
  /** Environment variable holding the TLS key store password. */
  public static final String TLS_PASSWORD_VARIABLE = "PLACEWISE_TLS_PASSWORD";

  /** Environment variable holding the PostgreSQL password. */
  public static final String POSTGRESQL_PASSWORD_VARIABLE = "PLACEWISE_PG_PASSWORD";

  /** Environment variable holding the password for add-user / set-password. */
  public static final String USER_PASSWORD_VARIABLE = "PLACEWISE_USER_PASSWORD";

  /** Printed once the server accepts connections; scripts may wait for it. */
  public static final String LISTENING = "listening on ";

  private static final String USAGE = """
      Usage:
        placewise server [--store h2|postgresql] [--data DIR] [--repository NAME] [--host ADDRESS] [--port N]
                         [--users FILE] [--tls-keystore FILE]
                         [--pg-host HOST] [--pg-port N] [--pg-database NAME] [--pg-user USER]
        placewise server add-user [--users FILE | --data DIR] NAME viewer|editor|admin
        placewise server set-password [--users FILE | --data DIR] NAME
        placewise server list-users [--users FILE | --data DIR]
      Defaults: --store h2 --data ./placewise-repository --host 127.0.0.1 --port 2036 --users DATA/users.txt
      Secrets come from the environment: PLACEWISE_TLS_PASSWORD, PLACEWISE_PG_PASSWORD, PLACEWISE_USER_PASSWORD.
      """;

  private final PrintStream out;

  private final PrintStream err;

  private final Map<String, String> environment;

  private final List<EPackage> packages;

  private ServerMain(PrintStream out, PrintStream err, Map<String, String> environment, List<EPackage> packages)
  {
    this.out = out;
    this.err = err;
    this.environment = environment;
    this.packages = packages;
  }

  /**
   * Runs the command line with the Placewise packages; a started server runs until the process is stopped (SIGTERM or
   * Ctrl-C close it cleanly).
   *
   * @param args command line arguments
   */
  public static void main(String[] args)
  {
    int status = run(args, System.out, System.err, System.getenv(), PlacewisePackages.all());
    if (status != 0)
    {
      System.exit(status);
    }
  }

  /**
   * Runs a user-administration command or starts a server that blocks until the JVM shuts down.
   *
   * @param args command line arguments
   * @param out normal output
   * @param err error messages
   * @param environment where secrets are read from
   * @return 0 on success, 1 if the command failed, 2 for a usage error
   */
  public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> environment)
  {
    return run(args, out, err, environment, List.of());
  }

  /**
   * Like {@link #run(String[], PrintStream, PrintStream, Map)}, with the model packages a new repository is created
   * with (the Placewise packages, passed in by the launcher that knows them).
   *
   * @param args command line arguments
   * @param out normal output
   * @param err error messages
   * @param environment where secrets are read from
   * @param packages model packages to serve
   * @return 0 on success, 1 if the command failed, 2 for a usage error
   */
  public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> environment,
      List<EPackage> packages)
  {
    return new ServerMain(out, err, environment, List.copyOf(packages)).dispatch(args);
  }

  private int dispatch(String[] args)
  {
    Deque<String> arguments = new ArrayDeque<>(Arrays.asList(args));
    String command = arguments.isEmpty() || arguments.peekFirst().startsWith("-") ? "serve" : arguments.pollFirst();
    try
    {
      Options options = Options.parse(arguments);
      return switch (command)
      {
        case "serve" -> serve(options);
        case "add-user" -> addUser(options);
        case "set-password" -> setPassword(options);
        case "list-users" -> listUsers(options);
        case "help" -> {
          out.print(USAGE);
          yield 0;
        }
        default -> throw new IllegalArgumentException("Unknown command '" + command + "'");
      };
    }
    catch (IllegalArgumentException ex)
    {
      err.println(ex.getMessage());
      err.print(USAGE);
      return 2;
    }
    catch (IOException | RepositoryServerException ex)
    {
      err.println(ex.getMessage());
      return 1;
    }
    catch (InterruptedException ex)
    {
      Thread.currentThread().interrupt();
      return 1;
    }
  }

  private int serve(Options options) throws RepositoryServerException, InterruptedException
  {
    options.requireNoPositionals();
    StoreKind storeKind = StoreKind.fromOption(options.value("--store", "h2"));
    ServerConfiguration.Builder builder = ServerConfiguration.builder().storeKind(storeKind).packages(packages)
        .dataDirectory(options.dataDirectory())
        .repositoryName(options.value("--repository", ServerConfiguration.DEFAULT_REPOSITORY_NAME))
        .host(options.value("--host", ServerConfiguration.DEFAULT_HOST))
        .port(options.intValue("--port", ServerConfiguration.DEFAULT_PORT))
        .usersFile(options.usersFile());
    String keyStore = options.value("--tls-keystore", null);
    if (keyStore != null)
    {
      builder.tls(new TlsSettings(Path.of(keyStore), secret(TLS_PASSWORD_VARIABLE, "the TLS key store password")));
    }
    if (storeKind == StoreKind.POSTGRESQL)
    {
      builder.postgreSql(new PostgreSqlSettings(options.value("--pg-host", "127.0.0.1"),
          options.intValue("--pg-port", 5432), options.value("--pg-database", "placewise"),
          options.value("--pg-user", "placewise"), secret(POSTGRESQL_PASSWORD_VARIABLE, "the PostgreSQL password")));
    }
    ServerConfiguration configuration = builder.build();

    RepositoryServer server = RepositoryServer.start(configuration);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "placewise-server-shutdown"));
    out.println("Placewise repository '" + server.repositoryName() + "' " + LISTENING + server.host() + ":"
        + server.port() + " (" + configuration.storeKind().optionName()
        + (configuration.tls() != null ? ", TLS" : "") + ", data " + configuration.dataDirectory().toAbsolutePath()
        + ")");
    out.flush();
    try
    {
      stopped.await();
    }
    catch (InterruptedException ex)
    {
      // Stopped by the application container rather than by the JVM shutting down.
      server.close();
      throw ex;
    }
    return 0;
  }

  private int addUser(Options options) throws IOException
  {
    List<String> positionals = options.positionals();
    if (positionals.size() != 2)
    {
      throw new IllegalArgumentException("add-user needs a user name and a role");
    }
    Role role = Role.fromOption(positionals.get(1));
    UsersFile users = UsersFile.open(options.usersFile());
    char[] password = newPassword(positionals.get(0));
    users.addUser(positionals.get(0), role, password);
    Arrays.fill(password, '\0');
    out.println("Added user '" + positionals.get(0) + "' with role " + role + " to " + users.file());
    return 0;
  }

  private int setPassword(Options options) throws IOException
  {
    List<String> positionals = options.positionals();
    if (positionals.size() != 1)
    {
      throw new IllegalArgumentException("set-password needs a user name");
    }
    UsersFile users = UsersFile.open(options.usersFile());
    char[] password = newPassword(positionals.get(0));
    users.setPassword(positionals.get(0), password);
    Arrays.fill(password, '\0');
    out.println("Changed the password of user '" + positionals.get(0) + "' in " + users.file());
    return 0;
  }

  private int listUsers(Options options) throws IOException
  {
    options.requireNoPositionals();
    UsersFile users = UsersFile.open(options.usersFile());
    for (String name : users.userNames())
    {
      out.println(name + " " + users.roleOf(name).map(Role::optionName).orElse("?"));
    }
    return 0;
  }

  private char[] newPassword(String user)
  {
    String fromEnvironment = environment.get(USER_PASSWORD_VARIABLE);
    if (fromEnvironment != null)
    {
      return fromEnvironment.toCharArray();
    }
    Console console = System.console();
    if (console == null)
    {
      throw new IllegalArgumentException("No terminal to ask for the password of '" + user + "': set "
          + USER_PASSWORD_VARIABLE);
    }
    char[] first = console.readPassword("Password for %s: ", user);
    char[] second = console.readPassword("Repeat the password: ");
    if (first == null || !Arrays.equals(first, second))
    {
      throw new IllegalArgumentException("The two passwords for '" + user + "' differ; nothing was changed");
    }
    return first;
  }

  private char[] secret(String variable, String what)
  {
    String value = environment.get(variable);
    if (value == null)
    {
      throw new IllegalArgumentException("Set " + variable + " to " + what);
    }
    return value.toCharArray();
  }

  /** Parsed {@code --name value} options and positional arguments. */
  private record Options(Map<String, String> values, List<String> positionals)
  {
    private static final List<String> KNOWN = List.of("--store", "--data", "--repository", "--host", "--port",
        "--users", "--tls-keystore", "--pg-host", "--pg-port", "--pg-database", "--pg-user");

    static Options parse(Deque<String> arguments)
    {
      Map<String, String> values = new java.util.HashMap<>();
      List<String> positionals = new ArrayList<>();
      while (!arguments.isEmpty())
      {
        String argument = arguments.pollFirst();
        if (argument.startsWith("--"))
        {
          String name = argument;
          String value = null;
          int equals = argument.indexOf('=');
          if (equals > 0)
          {
            name = argument.substring(0, equals);
            value = argument.substring(equals + 1);
          }
          if (!KNOWN.contains(name))
          {
            throw new IllegalArgumentException("Unknown option '" + name + "'");
          }
          if (value == null)
          {
            if (arguments.isEmpty())
            {
              throw new IllegalArgumentException("Option " + name + " needs a value");
            }
            value = arguments.pollFirst();
          }
          values.put(name, value);
        }
        else
        {
          positionals.add(argument);
        }
      }
      return new Options(values, positionals);
    }

    String value(String name, String defaultValue)
    {
      return values.getOrDefault(name, defaultValue);
    }

    int intValue(String name, int defaultValue)
    {
      String text = values.get(name);
      if (text == null)
      {
        return defaultValue;
      }
      try
      {
        return Integer.parseInt(text.trim());
      }
      catch (NumberFormatException ex)
      {
        throw new IllegalArgumentException("Option " + name + " needs a number, not '" + text + "'");
      }
    }

    Path dataDirectory()
    {
      return Path.of(value("--data", "placewise-repository"));
    }

    Path usersFile()
    {
      String users = values.get("--users");
      return users != null ? Path.of(users) : dataDirectory().resolve("users.txt");
    }

    void requireNoPositionals()
    {
      if (!positionals.isEmpty())
      {
        throw new IllegalArgumentException("Unexpected argument '" + positionals.get(0) + "'");
      }
    }
  }
}
