package org.symgrad.code;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What generated code turned out to call: abstract functions (applied to whole arguments, as
 * {@code L(y)}, or entry by entry, as {@code f(z_i)}; their values and their partial
 * derivatives), and the dimension {@code n}. A function's signature and the gradient check's
 * stand-in functions follow from it.
 */
final class Usage {
    /** How an abstract function is applied. */
    enum Application { WHOLE, ELEMENTWISE }

    /** One abstract function: how it is applied and which of its callables the code uses. */
    static final class Function {
        Application application;
        int arity;
        boolean value;
        boolean gradient;
    }

    final Map<String, Function> functions = new LinkedHashMap<>();
    boolean dimension;
    /** Whether the code reads positions an index computes ({@code a_{i+m}}, a range condition): the module's index helpers. */
    boolean affine;

    Function function(String name, Application application, int arity) {
        Function f = functions.computeIfAbsent(name, n -> new Function());
        if (f.application != null && (f.application != application || f.arity != arity)) {
            throw new Unsupported("the abstract function " + name + " is applied in two ways (to whole arguments and "
                    + "entry by entry, or with different numbers of arguments)");
        }
        f.application = application;
        f.arity = arity;
        return f;
    }
}
