extension ContractComparer {
    /// 1028 ArrayCollectionFormatChanged: array values are joined differently (`csv`, `multi`…).
    mutating func checkCollectionFormat(_ parameter: Compared<ContractParameter>) {
        // Swagger's default: an unwritten collectionFormat is csv, so writing it changes nothing.
        let format = parameter.map { $0.collectionFormat ?? "csv" }
        if format.old != format.new {
            report(.arrayCollectionFormatChanged, parameter.location, "collectionFormat changed from \(format.old) to \(format.new)")
        }
    }
}
