extension ContractComparer {
    /// 1001 NoVersionChange: the api-version is the same. 1000 VersionsReversed: it went down,
    /// compared as versions (`2024-08-01-preview` comes before `2024-08-01`), not as text.
    mutating func checkVersion() {
        let before = old.version ?? "?", after = new.version ?? "?"
        if before == after {
            report(.noVersionChange, "#/info/version", "api-version is still \(before)")
        } else if APIVersion(after) < APIVersion(before) {
            report(.versionsReversed, "#/info/version", "api-version went down from \(before) to \(after)")
        }
    }
}
