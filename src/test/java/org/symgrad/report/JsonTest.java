package org.symgrad.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void escapesQuotesBackslashesAndControlCharacters() {
        assertEquals("\"a\\\"b\\\\c\\nd\\te\\u0001σ\"", Json.string("a\"b\\c\nd\te\u0001σ").text());
        assertEquals("\"\\\\frac{1}{2}\"", Json.string("\\frac{1}{2}").text());
    }

    @Test
    void objectsKeepInsertionOrder() {
        Json.Obj o = Json.object().put("input", "sigma(x)").put("wrt", "x")
                .put("result", Json.object().put("ascii", "a").put("unicode", "b").put("latex", "c"))
                .put("steps", Json.array(List.of(Json.object().put("rule", "chain-rule"))));
        assertEquals("{\"input\":\"sigma(x)\",\"wrt\":\"x\",\"result\":{\"ascii\":\"a\",\"unicode\":\"b\","
                + "\"latex\":\"c\"},\"steps\":[{\"rule\":\"chain-rule\"}]}", o.text());
    }

    @Test
    void puttingAKeyAgainReplacesItInPlace() {
        Json.Obj o = Json.object().put("a", "1").put("b", "2").put("a", "3");
        assertEquals("{\"a\":\"3\",\"b\":\"2\"}", o.text());
    }

    @Test
    void literals() {
        assertEquals("[1,true,null,[]]",
                Json.array(List.of(Json.number(1), Json.bool(true), Json.nullValue(), Json.array(List.of()))).text());
    }
}
