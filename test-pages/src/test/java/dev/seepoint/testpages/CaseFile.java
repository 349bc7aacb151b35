package dev.seepoint.testpages;

import java.util.List;
import java.util.Map;
import org.openqa.selenium.json.Json;

/** A case file read for the tests with Selenium's JSON reader (the module itself has no JSON dependency). */
record CaseFile(String name, String page, String viewport, int dpr, int scrollY, List<Map<String, Object>> cases) {

    @SuppressWarnings("unchecked")
    static CaseFile read(String name) {
        Map<String, Object> root = new Json().toType(GroundingCases.read(name), Json.MAP_TYPE);
        return new CaseFile(name, (String) root.get("page"), (String) root.get("viewport"),
                ((Number) root.getOrDefault("dpr", 1)).intValue(), ((Number) root.getOrDefault("scrollY", 0)).intValue(),
                (List<Map<String, Object>>) root.get("cases"));
    }

    /** The page a case opens: its own "page" when it overrides the file's. */
    String pageOf(Map<String, Object> c) {
        return (String) c.getOrDefault("page", page);
    }

    int scrollOf(Map<String, Object> c) {
        return ((Number) c.getOrDefault("scrollY", scrollY)).intValue();
    }

    int width() {
        return Integer.parseInt(viewport.split("x")[0]);
    }

    int height() {
        return Integer.parseInt(viewport.split("x")[1]);
    }
}
