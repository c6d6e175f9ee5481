package org.geoparks.importer.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Types;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.geoparks.catalogue.CatalogueApplication;
import org.geoparks.catalogue.search.SearchService;
import org.geoparks.catalogue.testing.PostgisTest;
import org.geoparks.importer.bundled.BundledGeodataLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The relevance set ({@code search/relevance.yaml}) on the bundled geodata: the catalogue's
 * search (CJK bigrams, and a second instance with SmartChinese words) against PostgreSQL full-text
 * search on the same data, recall@5 and MRR per language, and the latency of each on the same
 * questions. The report is printed and written to {@code target/search-relevance.md}; its
 * figures are in docs/search.md.
 */
@PostgisTest
@SpringBootTest(classes = CatalogueApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "catalogue.search.chinese=bigram")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RelevanceEvaluationIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int REPEAT = 5;

    @Autowired
    BundledGeodataLoader loader;
    @Autowired
    SearchService search;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Environment environment;
    @LocalServerPort
    int port;

    List<Question> questions;
    ConfigurableApplicationContext words;
    int wordsPort;

    record Question(String q, String lang, String type, String near, List<String> expect) {
    }

    /** Where the first expected record came (1-based, 0: not in the first five) and how long each asking took. */
    record Answer(Question question, int rank, List<Long> nanos) {
    }

    @BeforeAll
    void loadEverything() throws Exception {
        loader.load(null);
        assertThat(search.awaitCurrent(Duration.ofSeconds(120))).as("the index follows the import").isTrue();
        try (InputStream in = resource("search/postgres-fts.sql")) {
            jdbc.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        questions = questions();
        words = new SpringApplicationBuilder(CatalogueApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
                "--spring.datasource.username=" + Objects.toString(environment.getProperty("spring.datasource.username"), ""),
                "--spring.datasource.password=" + Objects.toString(environment.getProperty("spring.datasource.password"), ""),
                "--spring.datasource.hikari.maximum-pool-size=4",
                "--spring.flyway.schemas=" + environment.getProperty("spring.flyway.schemas"),
                "--spring.flyway.default-schema=" + environment.getProperty("spring.flyway.default-schema"),
                "--catalogue.geodata.load-on-start=false",
                "--catalogue.search.chinese=smartcn");
        wordsPort = ((WebServerApplicationContext) words).getWebServer().getPort();
        assertThat(words.getBean(SearchService.class).awaitCurrent(Duration.ofSeconds(120))).isTrue();
    }

    @AfterAll
    void stopSecondInstance() {
        if (words != null) {
            words.close();
        }
    }

    @Test
    void theCatalogueFindsWhatVisitorsAndManagersAskForBetterThanPostgresqlFullTextSearch() throws Exception {
        assertThat(questions).hasSizeGreaterThanOrEqualTo(60);
        List<Answer> ours = ask(q -> catalogue(port, q));
        List<Answer> smartcn = ask(q -> catalogue(wordsPort, q));
        List<Answer> postgres = ask(this::postgres);

        StringBuilder report = new StringBuilder();
        report.append("| language | queries | catalogue recall@5 | catalogue MRR | SmartChinese recall@5 | SmartChinese MRR | PostgreSQL FTS recall@5 | PostgreSQL FTS MRR |\n");
        report.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        Map<String, List<Integer>> idx = groups(ours, a -> a.question().lang());
        for (String group : idx.keySet()) {
            row(report, group, ours, smartcn, postgres, a -> a.question().lang().equals(group));
        }
        row(report, "**all**", ours, smartcn, postgres, a -> true);
        report.append("\n| kind of query | queries | catalogue recall@5 | catalogue MRR | PostgreSQL FTS recall@5 | PostgreSQL FTS MRR |\n");
        report.append("|---|---:|---:|---:|---:|---:|\n");
        for (String type : groups(ours, a -> a.question().type()).keySet()) {
            var ourType = filter(ours, a -> a.question().type().equals(type));
            var pgType = filter(postgres, a -> a.question().type().equals(type));
            report.append("| ").append(type).append(" | ").append(ourType.size()).append(" | ")
                    .append(f(recall(ourType))).append(" | ").append(f(mrr(ourType))).append(" | ")
                    .append(f(recall(pgType))).append(" | ").append(f(mrr(pgType))).append(" |\n");
        }
        report.append("\n| latency on these queries | p50 ms | p99 ms |\n|---|---:|---:|\n");
        report.append("| catalogue, /api/v1/search over HTTP | ").append(ms(ours, 50)).append(" | ").append(ms(ours, 99)).append(" |\n");
        report.append("| PostgreSQL FTS, the SQL alone over JDBC | ").append(ms(postgres, 50)).append(" | ").append(ms(postgres, 99)).append(" |\n");
        report.append("\nMissed by the catalogue (not in the first five):\n");
        ours.stream().filter(a -> a.rank() == 0).forEach(a -> report.append("- `").append(a.question().q()).append("`\n"));
        report.append("\nMissed by PostgreSQL FTS: ").append(postgres.stream().filter(a -> a.rank() == 0).count()).append(" of ")
                .append(postgres.size()).append("\n");
        System.out.println("\n" + report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "search-relevance.md"), report.toString());

        assertThat(recall(ours)).as("recall@5 over all queries").isGreaterThanOrEqualTo(0.9);
        assertThat(mrr(ours)).as("MRR over all queries").isGreaterThanOrEqualTo(0.8);
        for (String language : idx.keySet()) {
            assertThat(recall(filter(ours, a -> a.question().lang().equals(language))))
                    .as("recall@5 in " + language + " against PostgreSQL")
                    .isGreaterThan(recall(filter(postgres, a -> a.question().lang().equals(language))));
        }
    }

    // ---------------------------------------------------------------------------------------

    @FunctionalInterface
    interface Engine {
        List<String> ask(Question q) throws Exception;
    }

    private List<Answer> ask(Engine engine) throws Exception {
        List<Answer> answers = new ArrayList<>();
        for (Question q : questions) {
            engine.ask(q); // warm
            List<Long> nanos = new ArrayList<>();
            List<String> ids = null;
            for (int i = 0; i < REPEAT; i++) {
                long t = System.nanoTime();
                ids = engine.ask(q);
                nanos.add(System.nanoTime() - t);
            }
            answers.add(new Answer(q, rank(ids, q.expect()), nanos));
        }
        return answers;
    }

    private List<String> catalogue(int port, Question q) throws Exception {
        String url = "http://127.0.0.1:" + port + "/api/v1/search?limit=10&q=" + URLEncoder.encode(q.q(), StandardCharsets.UTF_8)
                + (q.near() == null ? "" : "&near=" + q.near());
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(url + " " + r.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        for (JsonNode f : JSON.readTree(r.body()).path("features")) {
            ids.add(f.path("id").asText());
        }
        return ids;
    }

    private List<String> postgres(Question q) throws Exception {
        String sql;
        try (InputStream in = resource("search/postgres-fts-query.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        MapSqlParameterSource params = new MapSqlParameterSource("q", q.q());
        Double lat = null;
        Double lon = null;
        if (q.near() != null) {
            String[] p = q.near().split(",");
            lat = Double.parseDouble(p[0]);
            lon = Double.parseDouble(p[1]);
        }
        params.addValue("lat", lat, Types.DOUBLE).addValue("lon", lon, Types.DOUBLE);
        return new NamedParameterJdbcTemplate(jdbc).query(sql, params, (rs, i) -> rs.getString("id"));
    }

    /** 1-based rank of the first expected record among the first five; a product counts as its partner. */
    static int rank(List<String> ids, List<String> expected) {
        for (int i = 0; i < Math.min(5, ids.size()); i++) {
            String id = ids.get(i);
            String owner = id.contains("/products/") ? id.substring(0, id.indexOf('/')) : id;
            if (expected.contains(id) || expected.contains(owner)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static double recall(List<Answer> answers) {
        return answers.stream().filter(a -> a.rank() > 0).count() / (double) answers.size();
    }

    private static double mrr(List<Answer> answers) {
        return answers.stream().mapToDouble(a -> a.rank() == 0 ? 0 : 1.0 / a.rank()).sum() / answers.size();
    }

    private static String ms(List<Answer> answers, int percentile) {
        List<Long> all = new ArrayList<>();
        answers.forEach(a -> all.addAll(a.nanos()));
        all.sort(Long::compare);
        long n = all.get(Math.min(all.size() - 1, (int) Math.ceil(all.size() * percentile / 100.0) - 1));
        return String.format(java.util.Locale.ROOT, "%.2f", n / 1e6);
    }

    private static void row(StringBuilder report, String label, List<Answer> ours, List<Answer> other, List<Answer> postgres,
                            java.util.function.Predicate<Answer> which) {
        var o = filter(ours, which);
        var b = filter(other, which);
        var p = filter(postgres, which);
        report.append("| ").append(label).append(" | ").append(o.size()).append(" | ").append(f(recall(o))).append(" | ")
                .append(f(mrr(o))).append(" | ").append(f(recall(b))).append(" | ").append(f(mrr(b))).append(" | ")
                .append(f(recall(p))).append(" | ").append(f(mrr(p))).append(" |\n");
    }

    private static List<Answer> filter(List<Answer> answers, java.util.function.Predicate<Answer> which) {
        return answers.stream().filter(which).toList();
    }

    private static Map<String, List<Integer>> groups(List<Answer> answers, java.util.function.Function<Answer, String> key) {
        Map<String, List<Integer>> out = new TreeMap<>();
        answers.forEach(a -> out.computeIfAbsent(key.apply(a), k -> new ArrayList<>()).add(a.rank()));
        return out;
    }

    private static String f(double v) {
        return String.format(java.util.Locale.ROOT, "%.2f", v);
    }

    private static InputStream resource(String name) {
        InputStream in = RelevanceEvaluationIT.class.getClassLoader().getResourceAsStream(name);
        assertThat(in).as(name + " on the classpath (catalogue-api's test jar)").isNotNull();
        return in;
    }

    @SuppressWarnings("unchecked")
    private static List<Question> questions() throws Exception {
        try (InputStream in = resource("search/relevance.yaml")) {
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            List<Question> out = new ArrayList<>();
            for (Map<String, Object> q : (List<Map<String, Object>>) root.get("queries")) {
                out.add(new Question(q.get("q").toString(), q.get("lang").toString(), q.get("type").toString(),
                        q.get("near") == null ? null : q.get("near").toString(), (List<String>) q.get("expect")));
            }
            return out;
        }
    }
}
