extension ContractComparer {
    /// 1007 RemovedClientParameter: a document-level (global) parameter is gone.
    mutating func checkRemovedClientParameter() {
        for name in Self.entries(of: old.globalParameterNames, missingFrom: new.globalParameterNames) {
            report(.removedClientParameter, "#/parameters/\(name)", "global parameter \(name) was removed")
        }
    }
}
