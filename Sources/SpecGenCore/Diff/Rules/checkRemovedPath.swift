extension ContractComparer {
    /// 1005 RemovedPath: a path is gone with all its operations.
    mutating func checkRemovedPath() {
        for (path, operations) in Self.paths(of: old, missingFrom: new) {
            report(.removedPath, path, "path removed with its operations \(operations.map(\.operationId).joined(separator: ", "))")
        }
    }

    /// The paths of `contract` that `other` lacks, in contract order, with their operations.
    static func paths(of contract: Contract, missingFrom other: Contract) -> [(path: String, operations: [ContractOperation])] {
        let kept = Set(other.operations.map(\.pathKey))
        var result: [(path: String, operations: [ContractOperation])] = []
        for operation in contract.operations where !kept.contains(operation.pathKey) {
            if let index = result.firstIndex(where: { $0.path == operation.pathKey }) {
                result[index].operations.append(operation)
            } else {
                result.append((operation.pathKey, [operation]))
            }
        }
        return result
    }
}
