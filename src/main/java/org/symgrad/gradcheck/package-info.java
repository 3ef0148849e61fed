/**
 * The gradient check of SPEC §10 ({@code symgrad gradcheck}): each derivation's result evaluated in
 * double precision at random points and every assignment of its free indices, against central
 * finite differences of the differentiated expression through its definitions. It is the numeric
 * oracle of symgrad's own tests, offered to users: independent of the simplifier and of the
 * derivation's steps, it reads only the input, the definitions, the assumptions and the result.
 * {@link org.symgrad.gradcheck.GradientCheck} runs it; {@link org.symgrad.gradcheck.StatementCheck}
 * is what it found for one statement.
 */
package org.symgrad.gradcheck;
