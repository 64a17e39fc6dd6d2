extension ContractComparer {
    /// 1039 AddedOperation: a new method on a path that was already there (a new path is 1038).
    mutating func checkAddedOperation() {
        for operation in Self.operations(of: new, missingFrom: old) {
            report(.addedOperation, operation.key, "operation \(operation.operationId) added")
        }
    }
}
