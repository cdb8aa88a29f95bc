#!/usr/bin/env bash
# Grammar and editor tests: the TextMate grammars through a real TextMate engine, the editor
# configuration files, and real editor sessions (headless Neovim 0.7, batch Emacs with Eglot and
# lsp-mode) against the built server. Installs what it needs on a fresh Debian machine.
#
#   Tests/editors/run.sh                       # builds .build/debug/copydesk if needed
#   COPYDESK_BIN=/path/to/copydesk Tests/editors/run.sh
#   COPYDESK_EXPECT_ANALYSIS=0 Tests/editors/run.sh   # skip the hover text, definition and
#                                                     # unattributed-quote checks
#   COPYDESK_EDITORS_NO_INSTALL=1 …            # never install; skip what is missing
#
# Exits non-zero when anything that ran failed. Prints what ran and what was skipped, and ends
# with one summary line "editors: N passed, N failed, N skipped".
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
START=$(date +%s)
OUT="$ROOT/.build/editors"
mkdir -p "$OUT"

passed=0; failed=0; skipped=0
declare -a report=()
note() { printf '\n== %s\n' "$*"; }
result() { # name status detail
  report+=("$(printf '%-8s %-44s %s' "$2" "$1" "${3:-}")")
  case "$2" in
    passed) passed=$((passed + 1)) ;;
    failed) failed=$((failed + 1)) ;;
    *) skipped=$((skipped + 1)) ;;
  esac
}

SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
apt_updated=0
apt_install() { # packages…
  if [ "${COPYDESK_EDITORS_NO_INSTALL:-0}" = 1 ]; then return 1; fi
  command -v apt-get >/dev/null || return 1
  if [ -n "$SUDO" ] && ! command -v sudo >/dev/null; then return 1; fi
  if [ $apt_updated = 0 ]; then $SUDO apt-get update -qq >/dev/null 2>&1 && apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "$@" >"$OUT/apt.log" 2>&1
}

# --- The server -----------------------------------------------------------------------------
BIN="${COPYDESK_BIN:-$ROOT/.build/debug/copydesk}"
if [ ! -x "$BIN" ]; then
  note "building copydesk"
  timeout 1800 swift build --product copydesk >"$OUT/build.log" 2>&1 || { tail -20 "$OUT/build.log"; }
fi
if [ -x "$BIN" ]; then BIN="$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")"; fi
export COPYDESK_BIN="$BIN" COPYDESK_REPO="$ROOT"

# --- Python tests: grammars (TextMate engine) and editor configuration files ----------------
note "python: grammars and editor configuration files"
PY="$ROOT/.venv/bin/python"
if [ ! -x "$PY" ]; then
  python3 -m venv "$ROOT/.venv" >/dev/null 2>&1 || { apt_install python3-venv && python3 -m venv "$ROOT/.venv"; }
fi
if [ -x "$PY" ] && ! "$PY" -c "import textmate_grammar" 2>/dev/null; then
  "$PY" -m pip install -q --disable-pip-version-check "textmate-grammar-python==0.6.1" >"$OUT/pip.log" 2>&1 \
    || tail -5 "$OUT/pip.log"
fi
if [ -x "$PY" ] && "$PY" -c "import textmate_grammar" 2>/dev/null; then
  if "$PY" -m unittest discover -s Tests/editors/grammar -p 'test_grammar.py' -v >"$OUT/grammar.log" 2>&1; then
    result "grammar (textmate-grammar-python)" passed "$(grep -Eo '^Ran [0-9]+ tests' "$OUT/grammar.log")"
  else
    cat "$OUT/grammar.log"; result "grammar (textmate-grammar-python)" failed "see .build/editors/grammar.log"
  fi
else
  result "grammar (textmate-grammar-python)" skipped "could not install textmate-grammar-python"
fi
CONFIG_PY="$PY"; [ -x "$CONFIG_PY" ] || CONFIG_PY=python3
if "$CONFIG_PY" -m unittest discover -s Tests/editors -p 'test_configs.py' -v >"$OUT/configs.log" 2>&1; then
  result "configs (VS Code, Helix, Zed, Sublime)" passed "$(grep -Eo '^Ran [0-9]+ tests' "$OUT/configs.log")"
else
  cat "$OUT/configs.log"; result "configs (VS Code, Helix, Zed, Sublime)" failed "see .build/editors/configs.log"
fi

# --- Editors from Debian --------------------------------------------------------------------
missing=()
command -v nvim >/dev/null || missing+=(neovim)
command -v emacs >/dev/null || missing+=(emacs-nox)
[ -d /usr/share/emacs/site-lisp/elpa ] && ls -d /usr/share/emacs/site-lisp/elpa/eglot-* >/dev/null 2>&1 || missing+=(elpa-eglot)
ls -d /usr/share/emacs/site-lisp/elpa/lsp-mode-* >/dev/null 2>&1 || missing+=(elpa-lsp-mode)
ls -d /usr/share/emacs/site-lisp/elpa/markdown-mode-* >/dev/null 2>&1 || missing+=(elpa-markdown-mode)
if [ ${#missing[@]} -gt 0 ]; then
  note "installing from Debian: ${missing[*]}"
  apt_install "${missing[@]}" || echo "could not install ${missing[*]} (see .build/editors/apt.log); their tests are skipped"
fi

run_session() { # name log command…
  local name="$1" log="$2"; shift 2
  if timeout 300 "$@" >"$log" 2>&1; then
    result "$name" passed "$(grep -E 'passed, [0-9]+ failed' "$log" | tail -1)"
  else
    grep -E '^(FAIL|ok|skip)|passed, [0-9]+ failed' "$log" || tail -30 "$log"
    result "$name" failed "see ${log#$ROOT/}"
  fi
  grep -E '^skip' "$log" | sed 's/^/    /' || true
}

if [ ! -x "$BIN" ]; then
  result "neovim session" skipped "no server binary ($BIN)"
  result "emacs eglot session" skipped "no server binary ($BIN)"
else
  note "neovim: headless session through editors/neovim"
  if command -v nvim >/dev/null; then
    run_session "neovim $(nvim --version | head -1 | awk '{print $2}') session" "$OUT/neovim.log" \
      nvim --headless -u NONE -i NONE -n -c "luafile Tests/editors/neovim/smoke.lua"
    # Every Lua file of the integration parses (the 0.11 and lspconfig paths do not run on 0.7).
    if nvim --headless -u NONE -i NONE -n -c "lua for _, f in ipairs(vim.fn.globpath('editors/neovim', '**/*.lua', false, true)) do local ok, err = loadfile(f); if not ok then io.stderr:write(err .. '\n'); vim.cmd('cquit 1') end end" -c "qall!" >"$OUT/lua.log" 2>&1; then
      result "neovim lua files parse" passed
    else
      cat "$OUT/lua.log"; result "neovim lua files parse" failed
    fi
    # What a user sees: Neovim in tmux, captured once the diagnostic is on screen.
    if command -v tmux >/dev/null; then
      Tests/editors/neovim/screen.sh "$OUT/neovim-screen.txt" >"$OUT/screen.log" 2>&1 \
        && result "neovim screen (tmux capture-pane)" passed ".build/editors/neovim-screen.txt" \
        || { cat "$OUT/screen.log"; result "neovim screen (tmux capture-pane)" failed "see .build/editors/screen.log"; }
    else
      result "neovim screen (tmux capture-pane)" skipped "tmux is not installed"
    fi
  else
    result "neovim session" skipped "nvim is not installed"
  fi

  note "emacs: batch sessions through editors/emacs/copydesk.el"
  if command -v emacs >/dev/null && ls -d /usr/share/emacs/site-lisp/elpa/eglot-* >/dev/null 2>&1; then
    run_session "emacs eglot session" "$OUT/eglot.log" emacs --batch -Q -l Tests/editors/emacs/eglot-session.el
  else
    result "emacs eglot session" skipped "emacs-nox or elpa-eglot is not installed"
  fi
  if command -v emacs >/dev/null && ls -d /usr/share/emacs/site-lisp/elpa/lsp-mode-* >/dev/null 2>&1; then
    run_session "emacs lsp-mode registration" "$OUT/lsp-mode.log" emacs --batch -Q -l Tests/editors/emacs/lsp-mode-registration.el
  else
    result "emacs lsp-mode registration" skipped "elpa-lsp-mode is not installed"
  fi
fi

note "summary ($(( $(date +%s) - START ))s; logs in .build/editors/)"
printf '%s\n' "${report[@]}"
echo "editors: $passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
