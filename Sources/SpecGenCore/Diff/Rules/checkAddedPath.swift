extension ContractComparer {
    /// 1038 AddedPath: a new path, with its operations.
    mutating func checkAddedPath() {
        for (path, operations) in Self.paths(of: new, missingFrom: old) {
            report(.addedPath, path, "new path with operations \(operations.map(\.operationId).joined(separator: ", "))")
        }
    }
}
