"""nbgrader's configuration for the kit's exercises: run nbgrader from this folder (the Makefile does).

The course folder is this one: source/<assignment>/ holds the instructor notebooks (with solutions
and hidden tests), and nbgrader writes release/, submitted/, autograded/, feedback/ and gradebook.db
beside it.
"""

from pathlib import Path

c = get_config()  # noqa: F821 (nbgrader provides it)

c.CourseDirectory.root = str(Path(__file__).resolve().parent)
c.CourseDirectory.course_id = "backprop-kit"

# nbgrader's own Java stub is only a comment: the method would then not compile (no return) or, if
# void, silently do nothing. This one compiles anywhere a statement may stand and fails loudly.
c.ClearSolutions.code_stub = {
    "java": '// YOUR CODE HERE\nthrow new UnsupportedOperationException("not implemented yet: replace this line with your code");',
}

# The notebooks' own kernelspec, `java` (JJava with the kit on its classpath, from the kit's .venv).
# A JVM starts in seconds and the training cell runs for a few: nbgrader's default 30 s per cell is
# tight on a loaded machine.
c.Execute.timeout = 120
c.Execute.startup_timeout = 60
c.Execute.interrupt_on_timeout = True
