/**
 * Running a parsed script: {@link org.symgrad.run.ScriptRunner} executes the statements of
 * {@code org.symgrad.script} in order, as a notebook does, and yields one
 * {@link org.symgrad.run.Outcome} per statement that produces output.
 */
package org.symgrad.run;
