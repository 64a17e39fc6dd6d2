extension ContractComparer {
    /// 1042 ChangedParameterOrder: the parameters both versions have come in another order
    /// (positional arguments of generated methods follow it).
    mutating func checkParameterOrder(_ parameters: Compared<[ContractParameter]>) {
        let oldNames = parameters.old.map(\.name), newNames = parameters.new.map(\.name)
        let oldOrder = oldNames.filter(newNames.contains), newOrder = newNames.filter(oldNames.contains)
        if oldOrder != newOrder {
            report(.changedParameterOrder, parameters.location,
                   "parameter order changed from \(oldOrder.joined(separator: ", ")) to \(newOrder.joined(separator: ", "))")
        }
    }
}
