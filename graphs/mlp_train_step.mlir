module @mlp_train_step attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<4x16xf32> {tf.aliasing_output = 1 : i32}, %arg1: tensor<16xf32> {tf.aliasing_output = 2 : i32}, %arg2: tensor<16x2xf32> {tf.aliasing_output = 3 : i32}, %arg3: tensor<2xf32> {tf.aliasing_output = 4 : i32}, %arg4: tensor<8x4xf32>, %arg5: tensor<8x2xf32>) -> (tensor<f32>, tensor<4x16xf32>, tensor<16xf32>, tensor<16x2xf32>, tensor<2xf32>) {
    %0 = "stablehlo.dot_general"(%arg4, %arg0) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<8x4xf32>, tensor<4x16xf32>) -> tensor<8x16xf32>
    %1 = "stablehlo.broadcast_in_dim"(%arg1) {broadcast_dimensions = array<i64: 1>} : (tensor<16xf32>) -> tensor<8x16xf32>
    %2 = "stablehlo.add"(%0, %1) : (tensor<8x16xf32>, tensor<8x16xf32>) -> tensor<8x16xf32>
    %3 = "stablehlo.tanh"(%2) : (tensor<8x16xf32>) -> tensor<8x16xf32>
    %4 = "stablehlo.dot_general"(%3, %arg2) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<8x16xf32>, tensor<16x2xf32>) -> tensor<8x2xf32>
    %5 = "stablehlo.broadcast_in_dim"(%arg3) {broadcast_dimensions = array<i64: 1>} : (tensor<2xf32>) -> tensor<8x2xf32>
    %6 = "stablehlo.add"(%4, %5) : (tensor<8x2xf32>, tensor<8x2xf32>) -> tensor<8x2xf32>
    %7 = "stablehlo.subtract"(%6, %arg5) : (tensor<8x2xf32>, tensor<8x2xf32>) -> tensor<8x2xf32>
    %8 = "stablehlo.multiply"(%7, %7) : (tensor<8x2xf32>, tensor<8x2xf32>) -> tensor<8x2xf32>
    %9 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %10 = "stablehlo.reduce"(%8, %9) ({
    ^bb0(%11: tensor<f32>, %12: tensor<f32>):
        %13 = "stablehlo.add"(%11, %12) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%13) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<8x2xf32>, tensor<f32>) -> tensor<f32>
    %14 = "stablehlo.constant"() {value = dense<16.0> : tensor<f32>} : () -> tensor<f32>
    %15 = "stablehlo.divide"(%10, %14) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %16 = "stablehlo.constant"() {value = dense<1.0> : tensor<f32>} : () -> tensor<f32>
    %17 = "stablehlo.divide"(%16, %14) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %18 = "stablehlo.broadcast_in_dim"(%17) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<8x2xf32>
    %19 = "stablehlo.multiply"(%18, %7) : (tensor<8x2xf32>, tensor<8x2xf32>) -> tensor<8x2xf32>
    %20 = "stablehlo.add"(%19, %19) : (tensor<8x2xf32>, tensor<8x2xf32>) -> tensor<8x2xf32>
    %21 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %22 = "stablehlo.reduce"(%20, %21) ({
    ^bb0(%23: tensor<f32>, %24: tensor<f32>):
        %25 = "stablehlo.add"(%23, %24) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%25) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<8x2xf32>, tensor<f32>) -> tensor<2xf32>
    %26 = "stablehlo.dot_general"(%20, %arg2) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<8x2xf32>, tensor<16x2xf32>) -> tensor<8x16xf32>
    %27 = "stablehlo.dot_general"(%20, %3) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<8x2xf32>, tensor<8x16xf32>) -> tensor<2x16xf32>
    %28 = "stablehlo.transpose"(%27) {permutation = array<i64: 1, 0>} : (tensor<2x16xf32>) -> tensor<16x2xf32>
    %29 = "stablehlo.multiply"(%3, %3) : (tensor<8x16xf32>, tensor<8x16xf32>) -> tensor<8x16xf32>
    %30 = "stablehlo.constant"() {value = dense<1.0> : tensor<8x16xf32>} : () -> tensor<8x16xf32>
    %31 = "stablehlo.subtract"(%30, %29) : (tensor<8x16xf32>, tensor<8x16xf32>) -> tensor<8x16xf32>
    %32 = "stablehlo.multiply"(%26, %31) : (tensor<8x16xf32>, tensor<8x16xf32>) -> tensor<8x16xf32>
    %33 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %34 = "stablehlo.reduce"(%32, %33) ({
    ^bb0(%35: tensor<f32>, %36: tensor<f32>):
        %37 = "stablehlo.add"(%35, %36) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%37) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<8x16xf32>, tensor<f32>) -> tensor<16xf32>
    %38 = "stablehlo.dot_general"(%32, %arg4) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<8x16xf32>, tensor<8x4xf32>) -> tensor<16x4xf32>
    %39 = "stablehlo.transpose"(%38) {permutation = array<i64: 1, 0>} : (tensor<16x4xf32>) -> tensor<4x16xf32>
    %40 = "stablehlo.constant"() {value = dense<0.1> : tensor<4x16xf32>} : () -> tensor<4x16xf32>
    %41 = "stablehlo.multiply"(%39, %40) : (tensor<4x16xf32>, tensor<4x16xf32>) -> tensor<4x16xf32>
    %42 = "stablehlo.subtract"(%arg0, %41) : (tensor<4x16xf32>, tensor<4x16xf32>) -> tensor<4x16xf32>
    %43 = "stablehlo.constant"() {value = dense<0.1> : tensor<16xf32>} : () -> tensor<16xf32>
    %44 = "stablehlo.multiply"(%34, %43) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %45 = "stablehlo.subtract"(%arg1, %44) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %46 = "stablehlo.constant"() {value = dense<0.1> : tensor<16x2xf32>} : () -> tensor<16x2xf32>
    %47 = "stablehlo.multiply"(%28, %46) : (tensor<16x2xf32>, tensor<16x2xf32>) -> tensor<16x2xf32>
    %48 = "stablehlo.subtract"(%arg2, %47) : (tensor<16x2xf32>, tensor<16x2xf32>) -> tensor<16x2xf32>
    %49 = "stablehlo.constant"() {value = dense<0.1> : tensor<2xf32>} : () -> tensor<2xf32>
    %50 = "stablehlo.multiply"(%22, %49) : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
    %51 = "stablehlo.subtract"(%arg3, %50) : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
    return %15, %42, %45, %48, %51 : tensor<f32>, tensor<4x16xf32>, tensor<16xf32>, tensor<16x2xf32>, tensor<2xf32>
  }
}
