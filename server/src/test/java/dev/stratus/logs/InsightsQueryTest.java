package dev.stratus.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.protocol.AwsException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InsightsQueryTest {
    private static final long T0 = 1_800_000_000_000L; // 2027-01-15 08:00:00 UTC
    private static final StoredLogGroup GROUP = new StoredLogGroup(7, "000000000000", "us-east-1", "/app", 0, null, null, "STANDARD");

    /** Events a minute apart, oldest first. */
    private static List<Map<String, Object>> records(String... messages) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < messages.length; i++) {
            out.add(Insights.record(GROUP, new LogEvent(i + 1, 1, i % 2 == 0 ? "a" : "b", T0 + i * 60_000L, T0 + i * 60_000L + 5, messages[i])));
        }
        return out;
    }

    /** Each row as column=value pairs (absent values and @ptr left out), in the query's column order. */
    private static List<String> run(String query, List<Map<String, Object>> records) {
        InsightsQuery.Result r = InsightsQuery.parse(query).run(records, 10_000);
        List<String> out = new ArrayList<>();
        for (Map<String, Object> row : r.rows()) {
            List<String> cells = new ArrayList<>();
            for (String c : r.columns()) {
                if (row.get(c) != null && !c.equals("@ptr")) {
                    cells.add(c + "=" + InsightsFunctions.text(row.get(c)));
                }
            }
            out.add(String.join(" ", cells));
        }
        return out;
    }

    private static final List<Map<String, Object>> JSON = records("{\"level\":\"INFO\",\"latency\":120,\"user\":{\"id\":\"u1\"},\"tags\":[\"x\"]}",
            "{\"level\":\"ERROR\",\"latency\":900,\"user\":{\"id\":\"u2\"}}", "{\"level\":\"INFO\",\"latency\":80,\"user\":{\"id\":\"u1\"}}",
            "plain ERROR text line", "{\"level\":\"WARN\",\"latency\":300,\"user\":{\"id\":\"u3\"}}");

    @Test
    void fieldsFilterSortLimit() {
        assertEquals(List.of("level=ERROR latency=900", "level=WARN latency=300"),
                run("fields level, latency | filter latency > 100 and level != 'INFO' | sort latency desc | limit 5", JSON));
        assertEquals(List.of("user.id=u1", "user.id=u1"), run("filter user.id = 'u1' | display user.id", JSON));
        assertEquals(List.of("tags.0=x"), run("filter ispresent(tags.0) | display tags.0", JSON));
        assertEquals(List.of("level=WARN", "level=INFO"), run("filter level in ['WARN', 'INFO'] | display level | limit 2", JSON),
                "without a sort the newest comes first");
        assertEquals(List.of("x=ERROR"), run("filter level not in ['WARN', 'INFO'] and ispresent(level) | fields toupper(tolower(level)) as x "
                + "| display x", JSON));
    }

    @Test
    void likeRegexAndBooleanLogic() {
        assertEquals(2, run("filter @message like /ERROR/", JSON).size());
        assertEquals(1, run("filter @message like 'plain'", JSON).size());
        assertEquals(2, run("filter @message like /(?i)error/ and not (@message like /plain/) or level = 'WARN'", JSON).size());
        assertEquals(1, run("filter @message =~ /^plain/", JSON).size());
        assertEquals(4, run("filter @message not like /plain/", JSON).size());
    }

    @Test
    void defaultColumnsAreTheBuiltInFields() {
        assertEquals(List.of("@timestamp=2027-01-15 08:03:00.000 @message=plain ERROR text line @logStream=b @log=000000000000:/app"),
                run("filter @message like /plain/", JSON));
        assertEquals(InsightsQuery.DEFAULT_FIELDS, InsightsQuery.parse("filter @message like /plain/").run(JSON, 10).columns());
        assertEquals(List.of("level", "@ptr"), InsightsQuery.parse("display level").run(JSON, 10).columns(), "asked fields come with @ptr");
        assertEquals(List.of("level", "@ptr"), InsightsQuery.parse("fields level").run(JSON, 10).columns());
        assertEquals(List.of("level", "count(*)"), InsightsQuery.parse("stats count(*) by level").run(JSON, 10).columns());
    }

    @Test
    void statsByFieldsAndBins() {
        assertEquals(List.of("level=INFO count(*)=2 avg(latency)=100", "level=ERROR count(*)=1 avg(latency)=900",
                "level=WARN count(*)=1 avg(latency)=300"), run("filter ispresent(level) | stats count(*), avg(latency) by level", JSON));
        assertEquals(List.of("t=2027-01-15 08:00:00.000 n=3", "t=2027-01-15 08:03:00.000 n=2"),
                run("stats count(*) as n by bin(3m) as t | sort t asc", JSON));
        assertEquals(List.of("sum(latency)=1400 min(latency)=80 max(latency)=900 count_distinct(user.id)=3 pct(latency, 50)=120 "
                + "count(level)=4"), run("stats sum(latency), min(latency), max(latency), count_distinct(user.id), pct(latency, 50), count(level)",
                JSON));
        assertEquals(List.of("count(*)=0"), run("filter level = 'nope' | stats count(*)", JSON));
        assertEquals(List.of("max(@timestamp)=2027-01-15 08:04:00.000"), run("stats max(@timestamp)", JSON));
        InsightsQuery.Result r = InsightsQuery.parse("filter level = 'INFO' | stats count(*) by user.id").run(JSON, 100);
        assertEquals(2, r.matched(), "records matched are those that reached the stats");
    }

    @Test
    void parseWithGlobsAndNamedGroups() {
        List<Map<String, Object>> access = records("GET /a 200 12ms", "POST /b 500 340ms", "junk");
        assertEquals(List.of("method=POST path=/b status=500", "method=GET path=/a status=200"),
                run("parse @message '* * * *ms' as method, path, status, ms | filter ispresent(method) | display method, path, status", access));
        assertEquals(List.of("status=500 avg(ms)=340", "status=200 avg(ms)=12"),
                run("parse @message /(?<status>\\d{3}) (?<ms>\\d+)ms/ | filter ispresent(status) | stats avg(ms) by status | sort status desc",
                        access));
    }

    @Test
    void functionsOverTextNumbersAndTime() {
        List<Map<String, Object>> one = records("{\"name\":\"  Ada \",\"n\":-2.5,\"ms\":1800000000000}");
        assertEquals(List.of("a=6 b=Ada c=ADA- d=2.5 e=-2 f=2027-01-15 08:00:00.000 g=1800000000000 h=Ad i=x"),
                run("fields strlen(name) as a, trim(name) as b, concat(toupper(trim(name)), '-') as c, abs(n) as d, ceil(n) as e, "
                        + "fromMillis(ms) as f, toMillis(@timestamp) as g, substr(trim(name), 0, 2) as h, coalesce(missing, 'x') as i "
                        + "| display a, b, c, d, e, f, g, h, i", one));
        assertEquals(List.of("t=2027-01-15 08:00:00.000"), run("fields datefloor(@timestamp, 1h) as t | display t", one));
    }

    @Test
    void sortIsAwsNaturalSort() {
        List<String> ascending = List.of("!:", "#", "*%04", "0#", "5A", "111A", "2345_", "@", "@_", "A", "A9876fghj", "a12345hfh", "0", "01", "1",
                "2", "3");
        List<String> shuffled = new ArrayList<>(ascending);
        java.util.Collections.shuffle(shuffled, new java.util.Random(7));
        List<Map<String, Object>> rows = shuffled.stream().map(v -> (Map<String, Object>) new LinkedHashMap<String, Object>(Map.of("v", v))).toList();
        assertEquals(ascending, InsightsQuery.parse("sort v asc | display v").run(rows, 100).rows().stream().map(r -> (String) r.get("v")).toList());
        List<String> descending = new ArrayList<>(ascending);
        java.util.Collections.reverse(descending);
        assertEquals(descending.subList(0, 3), InsightsQuery.parse("sort v desc | limit 3").run(rows, 100).rows().stream()
                .map(r -> (String) r.get("v")).toList());
    }

    @Test
    void dedupKeepsTheFirstOfEach() {
        assertEquals(List.of("user.id=u3", "user.id=u1", "user.id=u2"),
                run("filter ispresent(user.id) | sort @timestamp desc | dedup user.id | display user.id", JSON));
    }

    @Test
    void lambdaReportLinesHaveTheirFields() {
        List<Map<String, Object>> lines = records("REPORT RequestId: 8f5c-11\tDuration: 12.34 ms\tBilled Duration: 13 ms\tMemory Size: 128 MB\t"
                + "Max Memory Used: 40 MB\tInit Duration: 100.5 ms");
        assertEquals(List.of("@type=REPORT @requestId=8f5c-11 @duration=12.34 @billedDuration=13 @maxMemoryUsed=40000000 @initDuration=100.5"),
                run("filter @type = 'REPORT' | display @type, @requestId, @duration, @billedDuration, @maxMemoryUsed, @initDuration", lines));
    }

    @Test
    void malformedQueriesSayWhere() {
        for (String bad : new String[] {"", "fields", "filtr x = 1", "fields a |", "stats count(*) by", "filter (a = 1", "sort a | limit x",
                "stats strlen(a)", "fields count(*)", "parse @message 'a * b' as x, y", "parse @message /(?<x>a/", "filter a like",
                "fields bin(0m)", "fields nosuchfunction(a)", "limit 0", "fields 'unterminated", "fields 1.2.3", "limit 99999999999999999999"}) {
            AwsException e = assertThrows(AwsException.class, () -> InsightsQuery.parse(bad), bad);
            assertEquals("MalformedQueryException", e.code(), bad);
        }
        assertEquals("unexpected symbol found filtr at line 1 and position 1",
                assertThrows(AwsException.class, () -> InsightsQuery.parse("filtr x = 1")).getMessage());
    }

    @Test
    void arithmeticAndNumericText() {
        Map<String, Object> row = new LinkedHashMap<>(records("{\"a\":\"10\",\"b\":4}").getFirst());
        assertEquals(List.of("x=14 y=2.5 z=2"), run("fields a + b as x, a / b as y, a % b as z | display x, y, z", List.of(row)));
    }
}
