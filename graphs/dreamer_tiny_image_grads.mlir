module @dreamer_tiny_image_grads attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<2x16x16x3xui8>, %arg1: tensor<2x32xf32>, %arg2: tensor<4x4x3x4xf32>, %arg3: tensor<4xf32>, %arg4: tensor<4xf32>, %arg5: tensor<4x4x4x8xf32>, %arg6: tensor<8xf32>, %arg7: tensor<8xf32>, %arg8: tensor<32x128xf32>, %arg9: tensor<128xf32>, %arg10: tensor<4x4x8x4xf32>, %arg11: tensor<4xf32>, %arg12: tensor<4xf32>, %arg13: tensor<4x4x4x3xf32>, %arg14: tensor<3xf32>) -> (tensor<f32>, tensor<4x4x3x4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4x4x4x8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<32x128xf32>, tensor<128xf32>, tensor<4x4x8x4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4x4x4x3xf32>, tensor<3xf32>) {
    %0 = "stablehlo.convert"(%arg0) : (tensor<2x16x16x3xui8>) -> tensor<2x16x16x3xf32>
    %1 = "stablehlo.constant"() {value = dense<255.0> : tensor<2x16x16x3xf32>} : () -> tensor<2x16x16x3xf32>
    %2 = "stablehlo.divide"(%0, %1) : (tensor<2x16x16x3xf32>, tensor<2x16x16x3xf32>) -> tensor<2x16x16x3xf32>
    %3 = "stablehlo.constant"() {value = dense<0.5> : tensor<2x16x16x3xf32>} : () -> tensor<2x16x16x3xf32>
    %4 = "stablehlo.subtract"(%2, %3) : (tensor<2x16x16x3xf32>, tensor<2x16x16x3xf32>) -> tensor<2x16x16x3xf32>
    %5 = "stablehlo.convolution"(%4, %arg2) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 2, 2>} : (tensor<2x16x16x3xf32>, tensor<4x4x3x4xf32>) -> tensor<2x8x8x4xf32>
    %6 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %7 = "stablehlo.reduce"(%5, %6) ({
    ^bb0(%8: tensor<f32>, %9: tensor<f32>):
        %10 = "stablehlo.add"(%8, %9) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%10) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x8x8x4xf32>, tensor<f32>) -> tensor<2x8x8xf32>
    %11 = "stablehlo.reshape"(%7) : (tensor<2x8x8xf32>) -> tensor<2x8x8x1xf32>
    %12 = "stablehlo.constant"() {value = dense<4.0> : tensor<2x8x8x1xf32>} : () -> tensor<2x8x8x1xf32>
    %13 = "stablehlo.divide"(%11, %12) : (tensor<2x8x8x1xf32>, tensor<2x8x8x1xf32>) -> tensor<2x8x8x1xf32>
    %14 = "stablehlo.broadcast_in_dim"(%13) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<2x8x8x1xf32>) -> tensor<2x8x8x4xf32>
    %15 = "stablehlo.subtract"(%5, %14) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %16 = "stablehlo.multiply"(%15, %15) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %17 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %18 = "stablehlo.reduce"(%16, %17) ({
    ^bb0(%19: tensor<f32>, %20: tensor<f32>):
        %21 = "stablehlo.add"(%19, %20) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%21) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x8x8x4xf32>, tensor<f32>) -> tensor<2x8x8xf32>
    %22 = "stablehlo.reshape"(%18) : (tensor<2x8x8xf32>) -> tensor<2x8x8x1xf32>
    %23 = "stablehlo.divide"(%22, %12) : (tensor<2x8x8x1xf32>, tensor<2x8x8x1xf32>) -> tensor<2x8x8x1xf32>
    %24 = "stablehlo.constant"() {value = dense<0.001> : tensor<2x8x8x1xf32>} : () -> tensor<2x8x8x1xf32>
    %25 = "stablehlo.add"(%23, %24) : (tensor<2x8x8x1xf32>, tensor<2x8x8x1xf32>) -> tensor<2x8x8x1xf32>
    %26 = "stablehlo.rsqrt"(%25) : (tensor<2x8x8x1xf32>) -> tensor<2x8x8x1xf32>
    %27 = "stablehlo.broadcast_in_dim"(%26) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<2x8x8x1xf32>) -> tensor<2x8x8x4xf32>
    %28 = "stablehlo.multiply"(%15, %27) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %29 = "stablehlo.broadcast_in_dim"(%arg3) {broadcast_dimensions = array<i64: 3>} : (tensor<4xf32>) -> tensor<2x8x8x4xf32>
    %30 = "stablehlo.multiply"(%28, %29) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %31 = "stablehlo.broadcast_in_dim"(%arg4) {broadcast_dimensions = array<i64: 3>} : (tensor<4xf32>) -> tensor<2x8x8x4xf32>
    %32 = "stablehlo.add"(%30, %31) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %33 = "stablehlo.logistic"(%32) : (tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %34 = "stablehlo.multiply"(%32, %33) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %35 = "stablehlo.convolution"(%34, %arg5) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 2, 2>} : (tensor<2x8x8x4xf32>, tensor<4x4x4x8xf32>) -> tensor<2x4x4x8xf32>
    %36 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %37 = "stablehlo.reduce"(%35, %36) ({
    ^bb0(%38: tensor<f32>, %39: tensor<f32>):
        %40 = "stablehlo.add"(%38, %39) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%40) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x4x4x8xf32>, tensor<f32>) -> tensor<2x4x4xf32>
    %41 = "stablehlo.reshape"(%37) : (tensor<2x4x4xf32>) -> tensor<2x4x4x1xf32>
    %42 = "stablehlo.constant"() {value = dense<8.0> : tensor<2x4x4x1xf32>} : () -> tensor<2x4x4x1xf32>
    %43 = "stablehlo.divide"(%41, %42) : (tensor<2x4x4x1xf32>, tensor<2x4x4x1xf32>) -> tensor<2x4x4x1xf32>
    %44 = "stablehlo.broadcast_in_dim"(%43) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<2x4x4x1xf32>) -> tensor<2x4x4x8xf32>
    %45 = "stablehlo.subtract"(%35, %44) : (tensor<2x4x4x8xf32>, tensor<2x4x4x8xf32>) -> tensor<2x4x4x8xf32>
    %46 = "stablehlo.multiply"(%45, %45) : (tensor<2x4x4x8xf32>, tensor<2x4x4x8xf32>) -> tensor<2x4x4x8xf32>
    %47 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %48 = "stablehlo.reduce"(%46, %47) ({
    ^bb0(%49: tensor<f32>, %50: tensor<f32>):
        %51 = "stablehlo.add"(%49, %50) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%51) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x4x4x8xf32>, tensor<f32>) -> tensor<2x4x4xf32>
    %52 = "stablehlo.reshape"(%48) : (tensor<2x4x4xf32>) -> tensor<2x4x4x1xf32>
    %53 = "stablehlo.divide"(%52, %42) : (tensor<2x4x4x1xf32>, tensor<2x4x4x1xf32>) -> tensor<2x4x4x1xf32>
    %54 = "stablehlo.constant"() {value = dense<0.001> : tensor<2x4x4x1xf32>} : () -> tensor<2x4x4x1xf32>
    %55 = "stablehlo.add"(%53, %54) : (tensor<2x4x4x1xf32>, tensor<2x4x4x1xf32>) -> tensor<2x4x4x1xf32>
    %56 = "stablehlo.rsqrt"(%55) : (tensor<2x4x4x1xf32>) -> tensor<2x4x4x1xf32>
    %57 = "stablehlo.broadcast_in_dim"(%56) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<2x4x4x1xf32>) -> tensor<2x4x4x8xf32>
    %58 = "stablehlo.multiply"(%45, %57) : (tensor<2x4x4x8xf32>, tensor<2x4x4x8xf32>) -> tensor<2x4x4x8xf32>
    %59 = "stablehlo.broadcast_in_dim"(%arg6) {broadcast_dimensions = array<i64: 3>} : (tensor<8xf32>) -> tensor<2x4x4x8xf32>
    %60 = "stablehlo.multiply"(%58, %59) : (tensor<2x4x4x8xf32>, tensor<2x4x4x8xf32>) -> tensor<2x4x4x8xf32>
    %61 = "stablehlo.broadcast_in_dim"(%arg7) {broadcast_dimensions = array<i64: 3>} : (tensor<8xf32>) -> tensor<2x4x4x8xf32>
    %62 = "stablehlo.add"(%60, %61) : (tensor<2x4x4x8xf32>, tensor<2x4x4x8xf32>) -> tensor<2x4x4x8xf32>
    %63 = "stablehlo.logistic"(%62) : (tensor<2x4x4x8xf32>) -> tensor<2x4x4x8xf32>
    %64 = "stablehlo.multiply"(%62, %63) : (tensor<2x4x4x8xf32>, tensor<2x4x4x8xf32>) -> tensor<2x4x4x8xf32>
    %65 = "stablehlo.reshape"(%64) : (tensor<2x4x4x8xf32>) -> tensor<2x128xf32>
    %66 = "stablehlo.dot_general"(%arg1, %arg8) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<2x32xf32>, tensor<32x128xf32>) -> tensor<2x128xf32>
    %67 = "stablehlo.broadcast_in_dim"(%arg9) {broadcast_dimensions = array<i64: 1>} : (tensor<128xf32>) -> tensor<2x128xf32>
    %68 = "stablehlo.add"(%66, %67) : (tensor<2x128xf32>, tensor<2x128xf32>) -> tensor<2x128xf32>
    %69 = "stablehlo.reshape"(%68) : (tensor<2x128xf32>) -> tensor<2x4x4x8xf32>
    %70 = "stablehlo.convolution"(%69, %arg10) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 2, 2>, padding = dense<[[2, 2], [2, 2]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<2x4x4x8xf32>, tensor<4x4x8x4xf32>) -> tensor<2x8x8x4xf32>
    %71 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %72 = "stablehlo.reduce"(%70, %71) ({
    ^bb0(%73: tensor<f32>, %74: tensor<f32>):
        %75 = "stablehlo.add"(%73, %74) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%75) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x8x8x4xf32>, tensor<f32>) -> tensor<2x8x8xf32>
    %76 = "stablehlo.reshape"(%72) : (tensor<2x8x8xf32>) -> tensor<2x8x8x1xf32>
    %77 = "stablehlo.divide"(%76, %12) : (tensor<2x8x8x1xf32>, tensor<2x8x8x1xf32>) -> tensor<2x8x8x1xf32>
    %78 = "stablehlo.broadcast_in_dim"(%77) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<2x8x8x1xf32>) -> tensor<2x8x8x4xf32>
    %79 = "stablehlo.subtract"(%70, %78) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %80 = "stablehlo.multiply"(%79, %79) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %81 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %82 = "stablehlo.reduce"(%80, %81) ({
    ^bb0(%83: tensor<f32>, %84: tensor<f32>):
        %85 = "stablehlo.add"(%83, %84) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%85) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x8x8x4xf32>, tensor<f32>) -> tensor<2x8x8xf32>
    %86 = "stablehlo.reshape"(%82) : (tensor<2x8x8xf32>) -> tensor<2x8x8x1xf32>
    %87 = "stablehlo.divide"(%86, %12) : (tensor<2x8x8x1xf32>, tensor<2x8x8x1xf32>) -> tensor<2x8x8x1xf32>
    %88 = "stablehlo.add"(%87, %24) : (tensor<2x8x8x1xf32>, tensor<2x8x8x1xf32>) -> tensor<2x8x8x1xf32>
    %89 = "stablehlo.rsqrt"(%88) : (tensor<2x8x8x1xf32>) -> tensor<2x8x8x1xf32>
    %90 = "stablehlo.broadcast_in_dim"(%89) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<2x8x8x1xf32>) -> tensor<2x8x8x4xf32>
    %91 = "stablehlo.multiply"(%79, %90) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %92 = "stablehlo.broadcast_in_dim"(%arg11) {broadcast_dimensions = array<i64: 3>} : (tensor<4xf32>) -> tensor<2x8x8x4xf32>
    %93 = "stablehlo.multiply"(%91, %92) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %94 = "stablehlo.broadcast_in_dim"(%arg12) {broadcast_dimensions = array<i64: 3>} : (tensor<4xf32>) -> tensor<2x8x8x4xf32>
    %95 = "stablehlo.add"(%93, %94) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %96 = "stablehlo.logistic"(%95) : (tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %97 = "stablehlo.multiply"(%95, %96) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %98 = "stablehlo.convolution"(%97, %arg13) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 2, 2>, padding = dense<[[2, 2], [2, 2]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<2x8x8x4xf32>, tensor<4x4x4x3xf32>) -> tensor<2x16x16x3xf32>
    %99 = "stablehlo.broadcast_in_dim"(%arg14) {broadcast_dimensions = array<i64: 3>} : (tensor<3xf32>) -> tensor<2x16x16x3xf32>
    %100 = "stablehlo.add"(%98, %99) : (tensor<2x16x16x3xf32>, tensor<2x16x16x3xf32>) -> tensor<2x16x16x3xf32>
    %101 = "stablehlo.add"(%100, %3) : (tensor<2x16x16x3xf32>, tensor<2x16x16x3xf32>) -> tensor<2x16x16x3xf32>
    %102 = "stablehlo.multiply"(%65, %65) : (tensor<2x128xf32>, tensor<2x128xf32>) -> tensor<2x128xf32>
    %103 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %104 = "stablehlo.reduce"(%102, %103) ({
    ^bb0(%105: tensor<f32>, %106: tensor<f32>):
        %107 = "stablehlo.add"(%105, %106) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%107) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x128xf32>, tensor<f32>) -> tensor<f32>
    %108 = "stablehlo.constant"() {value = dense<256.0> : tensor<f32>} : () -> tensor<f32>
    %109 = "stablehlo.divide"(%104, %108) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %110 = "stablehlo.subtract"(%101, %2) : (tensor<2x16x16x3xf32>, tensor<2x16x16x3xf32>) -> tensor<2x16x16x3xf32>
    %111 = "stablehlo.multiply"(%110, %110) : (tensor<2x16x16x3xf32>, tensor<2x16x16x3xf32>) -> tensor<2x16x16x3xf32>
    %112 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %113 = "stablehlo.reduce"(%111, %112) ({
    ^bb0(%114: tensor<f32>, %115: tensor<f32>):
        %116 = "stablehlo.add"(%114, %115) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%116) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 2, 3>} : (tensor<2x16x16x3xf32>, tensor<f32>) -> tensor<2xf32>
    %117 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %118 = "stablehlo.reduce"(%113, %117) ({
    ^bb0(%119: tensor<f32>, %120: tensor<f32>):
        %121 = "stablehlo.add"(%119, %120) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%121) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<2xf32>, tensor<f32>) -> tensor<f32>
    %122 = "stablehlo.constant"() {value = dense<2.0> : tensor<f32>} : () -> tensor<f32>
    %123 = "stablehlo.divide"(%118, %122) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %124 = "stablehlo.add"(%109, %123) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %125 = "stablehlo.constant"() {value = dense<1.0> : tensor<f32>} : () -> tensor<f32>
    %126 = "stablehlo.divide"(%125, %122) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %127 = "stablehlo.broadcast_in_dim"(%126) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2xf32>
    %128 = "stablehlo.broadcast_in_dim"(%127) {broadcast_dimensions = array<i64: 0>} : (tensor<2xf32>) -> tensor<2x16x16x3xf32>
    %129 = "stablehlo.multiply"(%128, %110) : (tensor<2x16x16x3xf32>, tensor<2x16x16x3xf32>) -> tensor<2x16x16x3xf32>
    %130 = "stablehlo.add"(%129, %129) : (tensor<2x16x16x3xf32>, tensor<2x16x16x3xf32>) -> tensor<2x16x16x3xf32>
    %131 = "stablehlo.divide"(%125, %108) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %132 = "stablehlo.broadcast_in_dim"(%131) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x128xf32>
    %133 = "stablehlo.multiply"(%132, %65) : (tensor<2x128xf32>, tensor<2x128xf32>) -> tensor<2x128xf32>
    %134 = "stablehlo.add"(%133, %133) : (tensor<2x128xf32>, tensor<2x128xf32>) -> tensor<2x128xf32>
    %135 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %136 = "stablehlo.reduce"(%130, %135) ({
    ^bb0(%137: tensor<f32>, %138: tensor<f32>):
        %139 = "stablehlo.add"(%137, %138) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%139) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<2x16x16x3xf32>, tensor<f32>) -> tensor<3xf32>
    %140 = "stablehlo.transpose"(%arg13) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<4x4x4x3xf32>) -> tensor<4x4x3x4xf32>
    %141 = "stablehlo.reverse"(%140) {dimensions = array<i64: 0, 1>} : (tensor<4x4x3x4xf32>) -> tensor<4x4x3x4xf32>
    %142 = "stablehlo.convolution"(%130, %141) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 2, 2>} : (tensor<2x16x16x3xf32>, tensor<4x4x3x4xf32>) -> tensor<2x8x8x4xf32>
    %143 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %144 = "stablehlo.reshape"(%130) : (tensor<2x16x16x3xf32>) -> tensor<2x8x2x8x2x3xf32>
    %145 = "stablehlo.transpose"(%144) {permutation = array<i64: 0, 1, 3, 2, 4, 5>} : (tensor<2x8x2x8x2x3xf32>) -> tensor<2x8x8x2x2x3xf32>
    %146 = "stablehlo.reshape"(%145) : (tensor<2x8x8x2x2x3xf32>) -> tensor<2x8x8x12xf32>
    %147 = "stablehlo.transpose"(%97) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<2x8x8x4xf32>) -> tensor<4x8x8x2xf32>
    %148 = "stablehlo.transpose"(%146) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<2x8x8x12xf32>) -> tensor<8x8x2x12xf32>
    %149 = "stablehlo.convolution"(%147, %148) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x2xf32>, tensor<8x8x2x12xf32>) -> tensor<4x3x3x12xf32>
    %150 = "stablehlo.transpose"(%149) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x3x3x12xf32>) -> tensor<3x3x4x12xf32>
    %151 = "stablehlo.slice"(%150) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 3, 4, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x3x4x12xf32>) -> tensor<3x3x4x6xf32>
    %152 = "stablehlo.slice"(%150) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 3, 3, 4, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x3x4x12xf32>) -> tensor<3x3x4x6xf32>
    %153 = "stablehlo.slice"(%152) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 3, 3, 4, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x3x4x6xf32>) -> tensor<2x3x4x6xf32>
    %154 = "stablehlo.pad"(%153, %143) {edge_padding_low = array<i64: 1, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 1, 0, 0, 0>} : (tensor<2x3x4x6xf32>, tensor<f32>) -> tensor<4x3x4x6xf32>
    %155 = "stablehlo.slice"(%151) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 2, 3, 4, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x3x4x6xf32>) -> tensor<2x3x4x6xf32>
    %156 = "stablehlo.pad"(%155, %143) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 1, 0, 0, 0>, interior_padding = array<i64: 1, 0, 0, 0>} : (tensor<2x3x4x6xf32>, tensor<f32>) -> tensor<4x3x4x6xf32>
    %157 = "stablehlo.add"(%154, %156) : (tensor<4x3x4x6xf32>, tensor<4x3x4x6xf32>) -> tensor<4x3x4x6xf32>
    %158 = "stablehlo.slice"(%157) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 4, 3, 4, 3>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x3x4x6xf32>) -> tensor<4x3x4x3xf32>
    %159 = "stablehlo.slice"(%157) {start_indices = array<i64: 0, 0, 0, 3>, limit_indices = array<i64: 4, 3, 4, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x3x4x6xf32>) -> tensor<4x3x4x3xf32>
    %160 = "stablehlo.slice"(%159) {start_indices = array<i64: 0, 1, 0, 0>, limit_indices = array<i64: 4, 3, 4, 3>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x3x4x3xf32>) -> tensor<4x2x4x3xf32>
    %161 = "stablehlo.pad"(%160, %143) {edge_padding_low = array<i64: 0, 1, 0, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 1, 0, 0>} : (tensor<4x2x4x3xf32>, tensor<f32>) -> tensor<4x4x4x3xf32>
    %162 = "stablehlo.slice"(%158) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 4, 2, 4, 3>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x3x4x3xf32>) -> tensor<4x2x4x3xf32>
    %163 = "stablehlo.pad"(%162, %143) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 1, 0, 0>, interior_padding = array<i64: 0, 1, 0, 0>} : (tensor<4x2x4x3xf32>, tensor<f32>) -> tensor<4x4x4x3xf32>
    %164 = "stablehlo.add"(%161, %163) : (tensor<4x4x4x3xf32>, tensor<4x4x4x3xf32>) -> tensor<4x4x4x3xf32>
    %165 = "stablehlo.multiply"(%142, %96) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %166 = "stablehlo.multiply"(%142, %95) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %167 = "stablehlo.multiply"(%166, %96) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %168 = "stablehlo.constant"() {value = dense<1.0> : tensor<2x8x8x4xf32>} : () -> tensor<2x8x8x4xf32>
    %169 = "stablehlo.subtract"(%168, %96) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %170 = "stablehlo.multiply"(%167, %169) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %171 = "stablehlo.add"(%165, %170) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %172 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %173 = "stablehlo.reduce"(%171, %172) ({
    ^bb0(%174: tensor<f32>, %175: tensor<f32>):
        %176 = "stablehlo.add"(%174, %175) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%176) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<2x8x8x4xf32>, tensor<f32>) -> tensor<4xf32>
    %177 = "stablehlo.multiply"(%171, %92) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %178 = "stablehlo.multiply"(%171, %91) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %179 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %180 = "stablehlo.reduce"(%178, %179) ({
    ^bb0(%181: tensor<f32>, %182: tensor<f32>):
        %183 = "stablehlo.add"(%181, %182) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%183) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<2x8x8x4xf32>, tensor<f32>) -> tensor<4xf32>
    %184 = "stablehlo.multiply"(%177, %90) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %185 = "stablehlo.multiply"(%177, %79) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %186 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %187 = "stablehlo.reduce"(%185, %186) ({
    ^bb0(%188: tensor<f32>, %189: tensor<f32>):
        %190 = "stablehlo.add"(%188, %189) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%190) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x8x8x4xf32>, tensor<f32>) -> tensor<2x8x8xf32>
    %191 = "stablehlo.reshape"(%187) : (tensor<2x8x8xf32>) -> tensor<2x8x8x1xf32>
    %192 = "stablehlo.multiply"(%191, %89) : (tensor<2x8x8x1xf32>, tensor<2x8x8x1xf32>) -> tensor<2x8x8x1xf32>
    %193 = "stablehlo.constant"() {value = dense<-0.5> : tensor<2x8x8x1xf32>} : () -> tensor<2x8x8x1xf32>
    %194 = "stablehlo.multiply"(%192, %193) : (tensor<2x8x8x1xf32>, tensor<2x8x8x1xf32>) -> tensor<2x8x8x1xf32>
    %195 = "stablehlo.divide"(%194, %88) : (tensor<2x8x8x1xf32>, tensor<2x8x8x1xf32>) -> tensor<2x8x8x1xf32>
    %196 = "stablehlo.divide"(%195, %12) : (tensor<2x8x8x1xf32>, tensor<2x8x8x1xf32>) -> tensor<2x8x8x1xf32>
    %197 = "stablehlo.reshape"(%196) : (tensor<2x8x8x1xf32>) -> tensor<2x8x8xf32>
    %198 = "stablehlo.broadcast_in_dim"(%197) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x8x8xf32>) -> tensor<2x8x8x4xf32>
    %199 = "stablehlo.multiply"(%198, %79) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %200 = "stablehlo.add"(%184, %199) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %201 = "stablehlo.add"(%200, %199) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %202 = "stablehlo.negate"(%201) : (tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %203 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %204 = "stablehlo.reduce"(%202, %203) ({
    ^bb0(%205: tensor<f32>, %206: tensor<f32>):
        %207 = "stablehlo.add"(%205, %206) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%207) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x8x8x4xf32>, tensor<f32>) -> tensor<2x8x8xf32>
    %208 = "stablehlo.reshape"(%204) : (tensor<2x8x8xf32>) -> tensor<2x8x8x1xf32>
    %209 = "stablehlo.divide"(%208, %12) : (tensor<2x8x8x1xf32>, tensor<2x8x8x1xf32>) -> tensor<2x8x8x1xf32>
    %210 = "stablehlo.reshape"(%209) : (tensor<2x8x8x1xf32>) -> tensor<2x8x8xf32>
    %211 = "stablehlo.broadcast_in_dim"(%210) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x8x8xf32>) -> tensor<2x8x8x4xf32>
    %212 = "stablehlo.add"(%201, %211) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %213 = "stablehlo.transpose"(%arg10) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<4x4x8x4xf32>) -> tensor<4x4x4x8xf32>
    %214 = "stablehlo.reverse"(%213) {dimensions = array<i64: 0, 1>} : (tensor<4x4x4x8xf32>) -> tensor<4x4x4x8xf32>
    %215 = "stablehlo.convolution"(%212, %214) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 2, 2>} : (tensor<2x8x8x4xf32>, tensor<4x4x4x8xf32>) -> tensor<2x4x4x8xf32>
    %216 = "stablehlo.reshape"(%212) : (tensor<2x8x8x4xf32>) -> tensor<2x4x2x4x2x4xf32>
    %217 = "stablehlo.transpose"(%216) {permutation = array<i64: 0, 1, 3, 2, 4, 5>} : (tensor<2x4x2x4x2x4xf32>) -> tensor<2x4x4x2x2x4xf32>
    %218 = "stablehlo.reshape"(%217) : (tensor<2x4x4x2x2x4xf32>) -> tensor<2x4x4x16xf32>
    %219 = "stablehlo.transpose"(%69) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<2x4x4x8xf32>) -> tensor<8x4x4x2xf32>
    %220 = "stablehlo.transpose"(%218) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<2x4x4x16xf32>) -> tensor<4x4x2x16xf32>
    %221 = "stablehlo.convolution"(%219, %220) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<8x4x4x2xf32>, tensor<4x4x2x16xf32>) -> tensor<8x3x3x16xf32>
    %222 = "stablehlo.transpose"(%221) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<8x3x3x16xf32>) -> tensor<3x3x8x16xf32>
    %223 = "stablehlo.slice"(%222) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 3, 8, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x3x8x16xf32>) -> tensor<3x3x8x8xf32>
    %224 = "stablehlo.slice"(%222) {start_indices = array<i64: 0, 0, 0, 8>, limit_indices = array<i64: 3, 3, 8, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x3x8x16xf32>) -> tensor<3x3x8x8xf32>
    %225 = "stablehlo.slice"(%224) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 3, 3, 8, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x3x8x8xf32>) -> tensor<2x3x8x8xf32>
    %226 = "stablehlo.pad"(%225, %143) {edge_padding_low = array<i64: 1, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 1, 0, 0, 0>} : (tensor<2x3x8x8xf32>, tensor<f32>) -> tensor<4x3x8x8xf32>
    %227 = "stablehlo.slice"(%223) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 2, 3, 8, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x3x8x8xf32>) -> tensor<2x3x8x8xf32>
    %228 = "stablehlo.pad"(%227, %143) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 1, 0, 0, 0>, interior_padding = array<i64: 1, 0, 0, 0>} : (tensor<2x3x8x8xf32>, tensor<f32>) -> tensor<4x3x8x8xf32>
    %229 = "stablehlo.add"(%226, %228) : (tensor<4x3x8x8xf32>, tensor<4x3x8x8xf32>) -> tensor<4x3x8x8xf32>
    %230 = "stablehlo.slice"(%229) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 4, 3, 8, 4>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x3x8x8xf32>) -> tensor<4x3x8x4xf32>
    %231 = "stablehlo.slice"(%229) {start_indices = array<i64: 0, 0, 0, 4>, limit_indices = array<i64: 4, 3, 8, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x3x8x8xf32>) -> tensor<4x3x8x4xf32>
    %232 = "stablehlo.slice"(%231) {start_indices = array<i64: 0, 1, 0, 0>, limit_indices = array<i64: 4, 3, 8, 4>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x3x8x4xf32>) -> tensor<4x2x8x4xf32>
    %233 = "stablehlo.pad"(%232, %143) {edge_padding_low = array<i64: 0, 1, 0, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 1, 0, 0>} : (tensor<4x2x8x4xf32>, tensor<f32>) -> tensor<4x4x8x4xf32>
    %234 = "stablehlo.slice"(%230) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 4, 2, 8, 4>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x3x8x4xf32>) -> tensor<4x2x8x4xf32>
    %235 = "stablehlo.pad"(%234, %143) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 1, 0, 0>, interior_padding = array<i64: 0, 1, 0, 0>} : (tensor<4x2x8x4xf32>, tensor<f32>) -> tensor<4x4x8x4xf32>
    %236 = "stablehlo.add"(%233, %235) : (tensor<4x4x8x4xf32>, tensor<4x4x8x4xf32>) -> tensor<4x4x8x4xf32>
    %237 = "stablehlo.reshape"(%215) : (tensor<2x4x4x8xf32>) -> tensor<2x128xf32>
    %238 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %239 = "stablehlo.reduce"(%237, %238) ({
    ^bb0(%240: tensor<f32>, %241: tensor<f32>):
        %242 = "stablehlo.add"(%240, %241) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%242) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<2x128xf32>, tensor<f32>) -> tensor<128xf32>
    %243 = "stablehlo.dot_general"(%237, %arg1) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<2x128xf32>, tensor<2x32xf32>) -> tensor<128x32xf32>
    %244 = "stablehlo.transpose"(%243) {permutation = array<i64: 1, 0>} : (tensor<128x32xf32>) -> tensor<32x128xf32>
    %245 = "stablehlo.reshape"(%134) : (tensor<2x128xf32>) -> tensor<2x4x4x8xf32>
    %246 = "stablehlo.multiply"(%245, %63) : (tensor<2x4x4x8xf32>, tensor<2x4x4x8xf32>) -> tensor<2x4x4x8xf32>
    %247 = "stablehlo.multiply"(%245, %62) : (tensor<2x4x4x8xf32>, tensor<2x4x4x8xf32>) -> tensor<2x4x4x8xf32>
    %248 = "stablehlo.multiply"(%247, %63) : (tensor<2x4x4x8xf32>, tensor<2x4x4x8xf32>) -> tensor<2x4x4x8xf32>
    %249 = "stablehlo.constant"() {value = dense<1.0> : tensor<2x4x4x8xf32>} : () -> tensor<2x4x4x8xf32>
    %250 = "stablehlo.subtract"(%249, %63) : (tensor<2x4x4x8xf32>, tensor<2x4x4x8xf32>) -> tensor<2x4x4x8xf32>
    %251 = "stablehlo.multiply"(%248, %250) : (tensor<2x4x4x8xf32>, tensor<2x4x4x8xf32>) -> tensor<2x4x4x8xf32>
    %252 = "stablehlo.add"(%246, %251) : (tensor<2x4x4x8xf32>, tensor<2x4x4x8xf32>) -> tensor<2x4x4x8xf32>
    %253 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %254 = "stablehlo.reduce"(%252, %253) ({
    ^bb0(%255: tensor<f32>, %256: tensor<f32>):
        %257 = "stablehlo.add"(%255, %256) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%257) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<2x4x4x8xf32>, tensor<f32>) -> tensor<8xf32>
    %258 = "stablehlo.multiply"(%252, %59) : (tensor<2x4x4x8xf32>, tensor<2x4x4x8xf32>) -> tensor<2x4x4x8xf32>
    %259 = "stablehlo.multiply"(%252, %58) : (tensor<2x4x4x8xf32>, tensor<2x4x4x8xf32>) -> tensor<2x4x4x8xf32>
    %260 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %261 = "stablehlo.reduce"(%259, %260) ({
    ^bb0(%262: tensor<f32>, %263: tensor<f32>):
        %264 = "stablehlo.add"(%262, %263) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%264) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<2x4x4x8xf32>, tensor<f32>) -> tensor<8xf32>
    %265 = "stablehlo.multiply"(%258, %57) : (tensor<2x4x4x8xf32>, tensor<2x4x4x8xf32>) -> tensor<2x4x4x8xf32>
    %266 = "stablehlo.multiply"(%258, %45) : (tensor<2x4x4x8xf32>, tensor<2x4x4x8xf32>) -> tensor<2x4x4x8xf32>
    %267 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %268 = "stablehlo.reduce"(%266, %267) ({
    ^bb0(%269: tensor<f32>, %270: tensor<f32>):
        %271 = "stablehlo.add"(%269, %270) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%271) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x4x4x8xf32>, tensor<f32>) -> tensor<2x4x4xf32>
    %272 = "stablehlo.reshape"(%268) : (tensor<2x4x4xf32>) -> tensor<2x4x4x1xf32>
    %273 = "stablehlo.multiply"(%272, %56) : (tensor<2x4x4x1xf32>, tensor<2x4x4x1xf32>) -> tensor<2x4x4x1xf32>
    %274 = "stablehlo.constant"() {value = dense<-0.5> : tensor<2x4x4x1xf32>} : () -> tensor<2x4x4x1xf32>
    %275 = "stablehlo.multiply"(%273, %274) : (tensor<2x4x4x1xf32>, tensor<2x4x4x1xf32>) -> tensor<2x4x4x1xf32>
    %276 = "stablehlo.divide"(%275, %55) : (tensor<2x4x4x1xf32>, tensor<2x4x4x1xf32>) -> tensor<2x4x4x1xf32>
    %277 = "stablehlo.divide"(%276, %42) : (tensor<2x4x4x1xf32>, tensor<2x4x4x1xf32>) -> tensor<2x4x4x1xf32>
    %278 = "stablehlo.reshape"(%277) : (tensor<2x4x4x1xf32>) -> tensor<2x4x4xf32>
    %279 = "stablehlo.broadcast_in_dim"(%278) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x4x4xf32>) -> tensor<2x4x4x8xf32>
    %280 = "stablehlo.multiply"(%279, %45) : (tensor<2x4x4x8xf32>, tensor<2x4x4x8xf32>) -> tensor<2x4x4x8xf32>
    %281 = "stablehlo.add"(%265, %280) : (tensor<2x4x4x8xf32>, tensor<2x4x4x8xf32>) -> tensor<2x4x4x8xf32>
    %282 = "stablehlo.add"(%281, %280) : (tensor<2x4x4x8xf32>, tensor<2x4x4x8xf32>) -> tensor<2x4x4x8xf32>
    %283 = "stablehlo.negate"(%282) : (tensor<2x4x4x8xf32>) -> tensor<2x4x4x8xf32>
    %284 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %285 = "stablehlo.reduce"(%283, %284) ({
    ^bb0(%286: tensor<f32>, %287: tensor<f32>):
        %288 = "stablehlo.add"(%286, %287) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%288) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x4x4x8xf32>, tensor<f32>) -> tensor<2x4x4xf32>
    %289 = "stablehlo.reshape"(%285) : (tensor<2x4x4xf32>) -> tensor<2x4x4x1xf32>
    %290 = "stablehlo.divide"(%289, %42) : (tensor<2x4x4x1xf32>, tensor<2x4x4x1xf32>) -> tensor<2x4x4x1xf32>
    %291 = "stablehlo.reshape"(%290) : (tensor<2x4x4x1xf32>) -> tensor<2x4x4xf32>
    %292 = "stablehlo.broadcast_in_dim"(%291) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x4x4xf32>) -> tensor<2x4x4x8xf32>
    %293 = "stablehlo.add"(%282, %292) : (tensor<2x4x4x8xf32>, tensor<2x4x4x8xf32>) -> tensor<2x4x4x8xf32>
    %294 = "stablehlo.transpose"(%arg5) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<4x4x4x8xf32>) -> tensor<4x4x8x4xf32>
    %295 = "stablehlo.slice"(%294) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 4, 3, 8, 4>, strides = array<i64: 1, 2, 1, 1>} : (tensor<4x4x8x4xf32>) -> tensor<4x2x8x4xf32>
    %296 = "stablehlo.slice"(%294) {start_indices = array<i64: 0, 1, 0, 0>, limit_indices = array<i64: 4, 4, 8, 4>, strides = array<i64: 1, 2, 1, 1>} : (tensor<4x4x8x4xf32>) -> tensor<4x2x8x4xf32>
    %297 = "stablehlo.concatenate"(%295, %296) {dimension = 3 : i64} : (tensor<4x2x8x4xf32>, tensor<4x2x8x4xf32>) -> tensor<4x2x8x8xf32>
    %298 = "stablehlo.slice"(%297) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 2, 8, 8>, strides = array<i64: 2, 1, 1, 1>} : (tensor<4x2x8x8xf32>) -> tensor<2x2x8x8xf32>
    %299 = "stablehlo.slice"(%297) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 4, 2, 8, 8>, strides = array<i64: 2, 1, 1, 1>} : (tensor<4x2x8x8xf32>) -> tensor<2x2x8x8xf32>
    %300 = "stablehlo.concatenate"(%298, %299) {dimension = 3 : i64} : (tensor<2x2x8x8xf32>, tensor<2x2x8x8xf32>) -> tensor<2x2x8x16xf32>
    %301 = "stablehlo.reverse"(%300) {dimensions = array<i64: 0, 1>} : (tensor<2x2x8x16xf32>) -> tensor<2x2x8x16xf32>
    %302 = "stablehlo.convolution"(%293, %301) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<2x4x4x8xf32>, tensor<2x2x8x16xf32>) -> tensor<2x5x5x16xf32>
    %303 = "stablehlo.reshape"(%302) : (tensor<2x5x5x16xf32>) -> tensor<2x5x5x2x2x4xf32>
    %304 = "stablehlo.transpose"(%303) {permutation = array<i64: 0, 1, 3, 2, 4, 5>} : (tensor<2x5x5x2x2x4xf32>) -> tensor<2x5x2x5x2x4xf32>
    %305 = "stablehlo.reshape"(%304) : (tensor<2x5x2x5x2x4xf32>) -> tensor<2x10x10x4xf32>
    %306 = "stablehlo.slice"(%305) {start_indices = array<i64: 0, 1, 1, 0>, limit_indices = array<i64: 2, 9, 9, 4>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x10x10x4xf32>) -> tensor<2x8x8x4xf32>
    %307 = "stablehlo.transpose"(%34) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<2x8x8x4xf32>) -> tensor<4x8x8x2xf32>
    %308 = "stablehlo.transpose"(%293) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<2x4x4x8xf32>) -> tensor<4x4x2x8xf32>
    %309 = "stablehlo.convolution"(%307, %308) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 2, 2>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x2xf32>, tensor<4x4x2x8xf32>) -> tensor<4x4x4x8xf32>
    %310 = "stablehlo.transpose"(%309) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x4x4x8xf32>) -> tensor<4x4x4x8xf32>
    %311 = "stablehlo.multiply"(%306, %33) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %312 = "stablehlo.multiply"(%306, %32) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %313 = "stablehlo.multiply"(%312, %33) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %314 = "stablehlo.subtract"(%168, %33) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %315 = "stablehlo.multiply"(%313, %314) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %316 = "stablehlo.add"(%311, %315) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %317 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %318 = "stablehlo.reduce"(%316, %317) ({
    ^bb0(%319: tensor<f32>, %320: tensor<f32>):
        %321 = "stablehlo.add"(%319, %320) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%321) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<2x8x8x4xf32>, tensor<f32>) -> tensor<4xf32>
    %322 = "stablehlo.multiply"(%316, %29) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %323 = "stablehlo.multiply"(%316, %28) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %324 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %325 = "stablehlo.reduce"(%323, %324) ({
    ^bb0(%326: tensor<f32>, %327: tensor<f32>):
        %328 = "stablehlo.add"(%326, %327) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%328) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<2x8x8x4xf32>, tensor<f32>) -> tensor<4xf32>
    %329 = "stablehlo.multiply"(%322, %27) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %330 = "stablehlo.multiply"(%322, %15) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %331 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %332 = "stablehlo.reduce"(%330, %331) ({
    ^bb0(%333: tensor<f32>, %334: tensor<f32>):
        %335 = "stablehlo.add"(%333, %334) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%335) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x8x8x4xf32>, tensor<f32>) -> tensor<2x8x8xf32>
    %336 = "stablehlo.reshape"(%332) : (tensor<2x8x8xf32>) -> tensor<2x8x8x1xf32>
    %337 = "stablehlo.multiply"(%336, %26) : (tensor<2x8x8x1xf32>, tensor<2x8x8x1xf32>) -> tensor<2x8x8x1xf32>
    %338 = "stablehlo.multiply"(%337, %193) : (tensor<2x8x8x1xf32>, tensor<2x8x8x1xf32>) -> tensor<2x8x8x1xf32>
    %339 = "stablehlo.divide"(%338, %25) : (tensor<2x8x8x1xf32>, tensor<2x8x8x1xf32>) -> tensor<2x8x8x1xf32>
    %340 = "stablehlo.divide"(%339, %12) : (tensor<2x8x8x1xf32>, tensor<2x8x8x1xf32>) -> tensor<2x8x8x1xf32>
    %341 = "stablehlo.reshape"(%340) : (tensor<2x8x8x1xf32>) -> tensor<2x8x8xf32>
    %342 = "stablehlo.broadcast_in_dim"(%341) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x8x8xf32>) -> tensor<2x8x8x4xf32>
    %343 = "stablehlo.multiply"(%342, %15) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %344 = "stablehlo.add"(%329, %343) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %345 = "stablehlo.add"(%344, %343) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %346 = "stablehlo.negate"(%345) : (tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %347 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %348 = "stablehlo.reduce"(%346, %347) ({
    ^bb0(%349: tensor<f32>, %350: tensor<f32>):
        %351 = "stablehlo.add"(%349, %350) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%351) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x8x8x4xf32>, tensor<f32>) -> tensor<2x8x8xf32>
    %352 = "stablehlo.reshape"(%348) : (tensor<2x8x8xf32>) -> tensor<2x8x8x1xf32>
    %353 = "stablehlo.divide"(%352, %12) : (tensor<2x8x8x1xf32>, tensor<2x8x8x1xf32>) -> tensor<2x8x8x1xf32>
    %354 = "stablehlo.reshape"(%353) : (tensor<2x8x8x1xf32>) -> tensor<2x8x8xf32>
    %355 = "stablehlo.broadcast_in_dim"(%354) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x8x8xf32>) -> tensor<2x8x8x4xf32>
    %356 = "stablehlo.add"(%345, %355) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %357 = "stablehlo.transpose"(%4) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<2x16x16x3xf32>) -> tensor<3x16x16x2xf32>
    %358 = "stablehlo.transpose"(%356) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<2x8x8x4xf32>) -> tensor<8x8x2x4xf32>
    %359 = "stablehlo.convolution"(%357, %358) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 2, 2>, window_strides = array<i64: 1, 1>} : (tensor<3x16x16x2xf32>, tensor<8x8x2x4xf32>) -> tensor<3x4x4x4xf32>
    %360 = "stablehlo.transpose"(%359) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<3x4x4x4xf32>) -> tensor<4x4x3x4xf32>
    return %124, %360, %325, %318, %310, %261, %254, %244, %239, %236, %180, %173, %164, %136 : tensor<f32>, tensor<4x4x3x4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4x4x4x8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<32x128xf32>, tensor<128xf32>, tensor<4x4x8x4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4x4x4x3xf32>, tensor<3xf32>
  }
}
