# Sourced by the compile-time scripts (with forget_module.sh).
# seconds COMMAND...: wall-clock seconds the command takes (its output discarded).
# rebuild_seconds PACKAGE_DIR TARGET: deletes the target's products (forget_module), then prints two
# numbers: the seconds of `swift build --target TARGET` that compiles it from scratch, and of a
# no-op build right after it, which is SwiftPM planning the package graph (it differs between
# packages: ours has plugins and more dependencies to check); build minus no-op is the compiling.
seconds() {
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}

rebuild_seconds() {
  (
    cd "$1"
    local bin build noop
    bin=$(swift build --show-bin-path)
    forget_module "$bin" "$2"
    build=$(seconds swift build --target "$2")
    noop=$(seconds swift build --target "$2")
    echo "$build $noop"
  )
}

# rebuild_times PACKAGE_DIR TARGET: as rebuild_seconds, with the CPU seconds (user + system, the
# compiler processes included) of the rebuild between them: "build-wall build-cpu noop-wall".
# CPU time barely moves when other work shares the machine; wall-clock time does.
rebuild_times() {
  (
    cd "$1"
    local bin times noop TIMEFORMAT='%R %U %S'
    bin=$(swift build --show-bin-path)
    forget_module "$bin" "$2"
    # The build's own output (warnings on stderr) must not mix with the timing line.
    times=$({ time swift build --target "$2" >/dev/null 2>&1; } 2>&1)
    noop=$(seconds swift build --target "$2")
    echo "$times $noop" | awk '{ printf "%s %.2f %s\n", $1, $2 + $3, $4 }'
  )
}
