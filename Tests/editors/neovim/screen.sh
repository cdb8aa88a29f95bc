#!/usr/bin/env bash
# What a Neovim user sees: Neovim with the Copydesk plugin in a tmux window, captured with
# capture-pane once the server's diagnostic is on screen. Writes the capture to $1 and fails if
# the diagnostic never shows.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
OUT="${1:-$ROOT/.build/editors/neovim-screen.txt}"
BIN="${COPYDESK_BIN:-$ROOT/.build/debug/copydesk}"
SESSION="copydesk-screen-$$"
INIT="$(mktemp -d)/init.lua"
cat >"$INIT" <<LUA
vim.cmd('filetype on')
vim.opt.runtimepath:prepend('$ROOT/editors/neovim')
vim.o.number = true
vim.o.wrap = false
require('copydesk').setup({ cmd = { '$BIN', 'lsp' } })
LUA
cleanup() { tmux kill-session -t "$SESSION" 2>/dev/null || true; rm -rf "$(dirname "$INIT")"; }
trap cleanup EXIT
tmux new-session -d -s "$SESSION" -x 150 -y 18 \
  "nvim -u '$INIT' -i NONE -n '$ROOT/Tests/editors/fixtures/newsroom/desk-notes.article'"
for _ in $(seq 1 100); do
  if tmux capture-pane -p -t "$SESSION" | grep -q "not a date"; then
    tmux capture-pane -p -t "$SESSION" >"$OUT"
    cat "$OUT"
    exit 0
  fi
  sleep 0.1
done
tmux capture-pane -p -t "$SESSION"
echo "the front-matter diagnostic never appeared on screen" >&2
exit 1
