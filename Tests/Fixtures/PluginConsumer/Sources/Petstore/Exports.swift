// The rest of this module is generated at build time by SpecGenBuildPlugin from specgen.yaml.
@_exported import SpecGenRuntime
