# Shared by bin/run and bin/test: make .venv and install a requirements file
# into it, again only when that file has changed since the last install.
set -euo pipefail
cd "$(dirname "$0")/.."

ensure_venv() {
  local requirements=$1
  local python=${PYTHON:-python3}
  if [ ! -x .venv/bin/python ]; then
    echo "==> Creating .venv with $($python --version)"
    "$python" -m venv .venv
    .venv/bin/pip install --quiet --upgrade pip
  fi
  local stamp=".venv/.installed-$(basename "$requirements" .txt)"
  local digest
  digest=$(cat requirements/*.txt | sha256sum | cut -c1-16)
  if [ "$(cat "$stamp" 2>/dev/null)" != "$digest" ]; then
    echo "==> Installing Python packages from $requirements"
    .venv/bin/pip install --quiet --disable-pip-version-check -r "$requirements"
    echo "$digest" > "$stamp"
  fi
}

# Run a command with its output held back; show it only if the command fails.
quietly() {
  local log
  log=$(mktemp)
  if ! "$@" >"$log" 2>&1; then
    cat "$log" >&2
    rm -f "$log"
    echo "!! failed: $*" >&2
    return 1
  fi
  rm -f "$log"
}
