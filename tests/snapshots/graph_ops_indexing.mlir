module @graph_ops_indexing attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<5x3xf32>, %arg1: tensor<2x2xi32>, %arg2: tensor<i32>) -> (tensor<f32>, tensor<5x3xf32>, tensor<2x2x5xf32>) {
    %0 = "stablehlo.gather"(%arg0, %arg1) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 3>} : (tensor<5x3xf32>, tensor<2x2xi32>) -> tensor<2x2x3xf32>
    %1 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %2 = "stablehlo.dynamic_slice"(%arg0, %arg2, %1) {slice_sizes = array<i64: 2, 3>} : (tensor<5x3xf32>, tensor<i32>, tensor<i32>) -> tensor<2x3xf32>
    %3 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %4 = "stablehlo.reduce_window"(%0, %3) ({
    ^bb0(%5: tensor<f32>, %6: tensor<f32>):
        %7 = "stablehlo.add"(%5, %6) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%7) : (tensor<f32>) -> ()
    }) {padding = dense<[[0, 0], [1, 0], [0, 0]]> : tensor<3x2xi64>, window_dimensions = array<i64: 1, 2, 1>, window_strides = array<i64: 1, 1, 1>} : (tensor<2x2x3xf32>, tensor<f32>) -> tensor<2x2x3xf32>
    %8 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %9 = "stablehlo.reduce"(%4, %8) ({
    ^bb0(%10: tensor<f32>, %11: tensor<f32>):
        %12 = "stablehlo.add"(%10, %11) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%12) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<2x2x3xf32>, tensor<f32>) -> tensor<f32>
    %13 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %14 = "stablehlo.reduce"(%2, %13) ({
    ^bb0(%15: tensor<f32>, %16: tensor<f32>):
        %17 = "stablehlo.add"(%15, %16) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%17) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x3xf32>, tensor<f32>) -> tensor<f32>
    %18 = "stablehlo.add"(%9, %14) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %19 = "stablehlo.constant"() {value = dense<1.0> : tensor<f32>} : () -> tensor<f32>
    %20 = "stablehlo.broadcast_in_dim"(%19) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x3xf32>
    %21 = "stablehlo.broadcast_in_dim"(%19) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x2x3xf32>
    %22 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %23 = "stablehlo.pad"(%21, %22) {edge_padding_low = array<i64: 0, 0, 0>, edge_padding_high = array<i64: 0, 1, 0>, interior_padding = array<i64: 0, 0, 0>} : (tensor<2x2x3xf32>, tensor<f32>) -> tensor<2x3x3xf32>
    %24 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %25 = "stablehlo.reduce_window"(%23, %24) ({
    ^bb0(%26: tensor<f32>, %27: tensor<f32>):
        %28 = "stablehlo.add"(%26, %27) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%28) : (tensor<f32>) -> ()
    }) {padding = dense<[[0, 0], [0, 0], [0, 0]]> : tensor<3x2xi64>, window_dimensions = array<i64: 1, 2, 1>, window_strides = array<i64: 1, 1, 1>} : (tensor<2x3x3xf32>, tensor<f32>) -> tensor<2x2x3xf32>
    %29 = "stablehlo.constant"() {value = dense<0.0> : tensor<5x3xf32>} : () -> tensor<5x3xf32>
    %30 = "stablehlo.dynamic_update_slice"(%29, %20, %arg2, %1) : (tensor<5x3xf32>, tensor<2x3xf32>, tensor<i32>, tensor<i32>) -> tensor<5x3xf32>
    %31 = "stablehlo.constant"() {value = dense<0> : tensor<2x2xi32>} : () -> tensor<2x2xi32>
    %32 = "stablehlo.constant"() {value = dense<4> : tensor<2x2xi32>} : () -> tensor<2x2xi32>
    %33 = "stablehlo.clamp"(%31, %arg1, %32) : (tensor<2x2xi32>, tensor<2x2xi32>, tensor<2x2xi32>) -> tensor<2x2xi32>
    %34 = "stablehlo.scatter"(%29, %33, %25) ({
    ^bb0(%35: tensor<f32>, %36: tensor<f32>):
        %37 = "stablehlo.add"(%35, %36) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%37) : (tensor<f32>) -> ()
    }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0], index_vector_dim = 2>, unique_indices = false} : (tensor<5x3xf32>, tensor<2x2xi32>, tensor<2x2x3xf32>) -> tensor<5x3xf32>
    %38 = "stablehlo.add"(%30, %34) : (tensor<5x3xf32>, tensor<5x3xf32>) -> tensor<5x3xf32>
    %39 = "stablehlo.iota"() {iota_dimension = 2 : i64} : () -> tensor<2x2x5xi32>
    %40 = "stablehlo.broadcast_in_dim"(%arg1) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x2xi32>) -> tensor<2x2x5xi32>
    %41 = "stablehlo.compare"(%40, %39) {comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<2x2x5xi32>, tensor<2x2x5xi32>) -> tensor<2x2x5xi1>
    %42 = "stablehlo.convert"(%41) : (tensor<2x2x5xi1>) -> tensor<2x2x5xf32>
    return %18, %38, %42 : tensor<f32>, tensor<5x3xf32>, tensor<2x2x5xf32>
  }
}
