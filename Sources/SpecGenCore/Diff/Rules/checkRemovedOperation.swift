extension ContractComparer {
    /// 1035 RemovedOperation: a method of a path that is still there is gone (a path gone as a
    /// whole is 1005).
    mutating func checkRemovedOperation() {
        for operation in Self.operations(of: old, missingFrom: new) {
            report(.removedOperation, operation.key, "operation \(operation.operationId) removed")
        }
    }

    /// Operations of `contract` on paths that `other` has, but with other methods.
    static func operations(of contract: Contract, missingFrom other: Contract) -> [ContractOperation] {
        let paths = Set(other.operations.map(\.pathKey)), keys = Set(other.operations.map(\.key))
        return contract.operations.filter { paths.contains($0.pathKey) && !keys.contains($0.key) }
    }
}
