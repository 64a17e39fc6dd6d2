# Sourced by the compile-time scripts. forget_module BIN_DIR MODULE deletes one module's build
# products (object files, dependency files, swiftmodule, swiftdoc) so that the next
# `swift build --target MODULE` compiles it from scratch, and keeps SwiftPM's output-file-map.
forget_module() {
  if [ -d "$1/$2.build" ]; then
    find "$1/$2.build" -type f \( -name '*.o' -o -name '*.swiftdeps' -o -name '*.d' -o -name '*.swiftdoc' \) -delete
  fi
  rm -rf "$1/Modules/$2.swiftmodule" "$1/$2.swiftmodule"
}
