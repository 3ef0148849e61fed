package org.symgrad.document;

import java.util.ArrayList;
import java.util.List;
import org.symgrad.print.Printer;

/** The equation being read in a document: its sides so far and its verdicts. */
final class EquationChain {
    final int line;
    final String text;
    String defines = "";
    final List<String> reading = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    final List<PairVerdict> verdicts = new ArrayList<>();
    final String condition;
    Side head;
    Side last;
    Side lastReadable;
    boolean open;

    EquationChain(Side first, String text, String condition) {
        this.line = first.line();
        this.text = text;
        this.condition = condition;
    }

    void add(Side s) {
        if (head == null) {
            head = s;
        }
        last = s;
        if (s.readable()) {
            lastReadable = s;
        }
        reading.add(s.expr().map(Printer::ascii).orElse("?"));
    }
}
