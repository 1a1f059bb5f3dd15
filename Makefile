# The two commands: `make demo` (set up and run) and `make test`. Both create .venv on first use.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: demo test bench lint catalog clean lab-deps

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@$(PY) -m pip install --quiet --upgrade pip
	@$(PY) -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

demo: $(STAMP)
	@$(PY) -m sasekit.demo

test: $(STAMP)
	@$(PY) -m pytest -q -m "not slow" -n 2 --dist loadfile

bench: $(STAMP)
	@for f in bench/*.py; do echo "== $$f"; $(PY) $$f || exit 1; done

lint: $(STAMP)
	@$(VENV)/bin/ruff check src tests bench
	@$(VENV)/bin/mypy

# The live IPsec lab's Debian packages (root; the lab tests skip without them, saying so).
# The lab runs its own daemons in its namespaces: no service may start in the root namespace.
# frr's postinst runs `invoke-rc.d frr start` (watchfrr, zebra, staticd) and enables frr at boot,
# so while apt installs, a policy-rc.d (when the machine has none) denies every start, and a
# freshly installed frr is disabled at boot.
LAB_PACKAGES := iproute2 nftables iputils-ping strongswan-charon strongswan-swanctl \
	libcharon-extra-plugins libstrongswan-standard-plugins frr
POLICY_RC := /usr/sbin/policy-rc.d
lab-deps:
	@if [ "$$(uname -s)" != Linux ]; then echo "lab-deps: the lab needs Linux; skipped"; exit 0; fi; \
	if [ "$$(id -u)" != 0 ]; then echo "lab-deps: needs root (apt-get); run: sudo make lab-deps"; exit 0; fi; \
	if dpkg -s $(LAB_PACKAGES) >/dev/null 2>&1; then echo "lab-deps: installed"; exit 0; fi; \
	fresh_frr=; dpkg -s frr >/dev/null 2>&1 || fresh_frr=1; \
	if [ ! -e $(POLICY_RC) ]; then \
		trap 'rm -f $(POLICY_RC)' EXIT INT TERM; \
		printf '#!/bin/sh\n# make lab-deps: no service starts while the lab packages install\nexit 101\n' >$(POLICY_RC); \
		chmod 755 $(POLICY_RC); \
	else echo "lab-deps: $(POLICY_RC) exists: it decides whether services start"; fi; \
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $(LAB_PACKAGES); \
	rc=$$?; \
	if [ -n "$$fresh_frr" ] && dpkg -s frr >/dev/null 2>&1; then \
		update-rc.d frr disable >/dev/null 2>&1 || true; \
		echo "lab-deps: frr installed, not started, disabled at boot (the lab runs its own bgpd)"; \
	fi; \
	exit $$rc

catalog: $(STAMP)
	@$(PY) -m sasekit.catalog build

clean:
	rm -rf $(VENV) .pytest_cache build dist
