module @graph_ops_conv attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<1x4x4x2xf32>, %arg1: tensor<2x2x2x3xf32>, %arg2: tensor<2x2x3x2xf32>) -> (tensor<f32>, tensor<1x4x4x2xf32>, tensor<2x2x2x3xf32>, tensor<2x2x3x2xf32>) {
    %0 = "stablehlo.convolution"(%arg0, %arg1) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 2, 2>} : (tensor<1x4x4x2xf32>, tensor<2x2x2x3xf32>) -> tensor<1x2x2x3xf32>
    %1 = "stablehlo.convolution"(%0, %arg2) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 2, 2>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<1x2x2x3xf32>, tensor<2x2x3x2xf32>) -> tensor<1x4x4x2xf32>
    %2 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %3 = "stablehlo.reduce_window"(%1, %2) ({
    ^bb0(%4: tensor<f32>, %5: tensor<f32>):
        %6 = "stablehlo.maximum"(%4, %5) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%6) : (tensor<f32>) -> ()
    }) {padding = dense<[[0, 0], [0, 0], [0, 0], [0, 0]]> : tensor<4x2xi64>, window_dimensions = array<i64: 1, 2, 2, 1>, window_strides = array<i64: 1, 2, 2, 1>} : (tensor<1x4x4x2xf32>, tensor<f32>) -> tensor<1x2x2x2xf32>
    %7 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %8 = "stablehlo.reduce"(%3, %7) ({
    ^bb0(%9: tensor<f32>, %10: tensor<f32>):
        %11 = "stablehlo.add"(%9, %10) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%11) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x2x2x2xf32>, tensor<f32>) -> tensor<f32>
    %12 = "stablehlo.constant"() {value = dense<1.0> : tensor<f32>} : () -> tensor<f32>
    %13 = "stablehlo.broadcast_in_dim"(%12) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x2x2x2xf32>
    %14 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %15 = "stablehlo.pad"(%1, %14) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<1x4x4x2xf32>, tensor<f32>) -> tensor<1x4x4x2xf32>
    %16 = "stablehlo.constant"() {value = dense<0.0> : tensor<1x2x2x2xf32>} : () -> tensor<1x2x2x2xf32>
    %17 = "stablehlo.slice"(%15) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 3, 3, 2>, strides = array<i64: 1, 2, 2, 1>} : (tensor<1x4x4x2xf32>) -> tensor<1x2x2x2xf32>
    %18 = "stablehlo.compare"(%17, %3) {comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<1x2x2x2xf32>, tensor<1x2x2x2xf32>) -> tensor<1x2x2x2xi1>
    %19 = "stablehlo.select"(%18, %13, %16) : (tensor<1x2x2x2xi1>, tensor<1x2x2x2xf32>, tensor<1x2x2x2xf32>) -> tensor<1x2x2x2xf32>
    %20 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %21 = "stablehlo.pad"(%19, %20) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 1, 1, 0>, interior_padding = array<i64: 0, 1, 1, 0>} : (tensor<1x2x2x2xf32>, tensor<f32>) -> tensor<1x4x4x2xf32>
    %22 = "stablehlo.slice"(%15) {start_indices = array<i64: 0, 0, 1, 0>, limit_indices = array<i64: 1, 3, 4, 2>, strides = array<i64: 1, 2, 2, 1>} : (tensor<1x4x4x2xf32>) -> tensor<1x2x2x2xf32>
    %23 = "stablehlo.compare"(%22, %3) {comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<1x2x2x2xf32>, tensor<1x2x2x2xf32>) -> tensor<1x2x2x2xi1>
    %24 = "stablehlo.not"(%18) : (tensor<1x2x2x2xi1>) -> tensor<1x2x2x2xi1>
    %25 = "stablehlo.and"(%23, %24) : (tensor<1x2x2x2xi1>, tensor<1x2x2x2xi1>) -> tensor<1x2x2x2xi1>
    %26 = "stablehlo.or"(%18, %25) : (tensor<1x2x2x2xi1>, tensor<1x2x2x2xi1>) -> tensor<1x2x2x2xi1>
    %27 = "stablehlo.select"(%25, %13, %16) : (tensor<1x2x2x2xi1>, tensor<1x2x2x2xf32>, tensor<1x2x2x2xf32>) -> tensor<1x2x2x2xf32>
    %28 = "stablehlo.pad"(%27, %20) {edge_padding_low = array<i64: 0, 0, 1, 0>, edge_padding_high = array<i64: 0, 1, 0, 0>, interior_padding = array<i64: 0, 1, 1, 0>} : (tensor<1x2x2x2xf32>, tensor<f32>) -> tensor<1x4x4x2xf32>
    %29 = "stablehlo.add"(%21, %28) : (tensor<1x4x4x2xf32>, tensor<1x4x4x2xf32>) -> tensor<1x4x4x2xf32>
    %30 = "stablehlo.slice"(%15) {start_indices = array<i64: 0, 1, 0, 0>, limit_indices = array<i64: 1, 4, 3, 2>, strides = array<i64: 1, 2, 2, 1>} : (tensor<1x4x4x2xf32>) -> tensor<1x2x2x2xf32>
    %31 = "stablehlo.compare"(%30, %3) {comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<1x2x2x2xf32>, tensor<1x2x2x2xf32>) -> tensor<1x2x2x2xi1>
    %32 = "stablehlo.not"(%26) : (tensor<1x2x2x2xi1>) -> tensor<1x2x2x2xi1>
    %33 = "stablehlo.and"(%31, %32) : (tensor<1x2x2x2xi1>, tensor<1x2x2x2xi1>) -> tensor<1x2x2x2xi1>
    %34 = "stablehlo.or"(%26, %33) : (tensor<1x2x2x2xi1>, tensor<1x2x2x2xi1>) -> tensor<1x2x2x2xi1>
    %35 = "stablehlo.select"(%33, %13, %16) : (tensor<1x2x2x2xi1>, tensor<1x2x2x2xf32>, tensor<1x2x2x2xf32>) -> tensor<1x2x2x2xf32>
    %36 = "stablehlo.pad"(%35, %20) {edge_padding_low = array<i64: 0, 1, 0, 0>, edge_padding_high = array<i64: 0, 0, 1, 0>, interior_padding = array<i64: 0, 1, 1, 0>} : (tensor<1x2x2x2xf32>, tensor<f32>) -> tensor<1x4x4x2xf32>
    %37 = "stablehlo.add"(%29, %36) : (tensor<1x4x4x2xf32>, tensor<1x4x4x2xf32>) -> tensor<1x4x4x2xf32>
    %38 = "stablehlo.slice"(%15) {start_indices = array<i64: 0, 1, 1, 0>, limit_indices = array<i64: 1, 4, 4, 2>, strides = array<i64: 1, 2, 2, 1>} : (tensor<1x4x4x2xf32>) -> tensor<1x2x2x2xf32>
    %39 = "stablehlo.compare"(%38, %3) {comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<1x2x2x2xf32>, tensor<1x2x2x2xf32>) -> tensor<1x2x2x2xi1>
    %40 = "stablehlo.not"(%34) : (tensor<1x2x2x2xi1>) -> tensor<1x2x2x2xi1>
    %41 = "stablehlo.and"(%39, %40) : (tensor<1x2x2x2xi1>, tensor<1x2x2x2xi1>) -> tensor<1x2x2x2xi1>
    %42 = "stablehlo.select"(%41, %13, %16) : (tensor<1x2x2x2xi1>, tensor<1x2x2x2xf32>, tensor<1x2x2x2xf32>) -> tensor<1x2x2x2xf32>
    %43 = "stablehlo.pad"(%42, %20) {edge_padding_low = array<i64: 0, 1, 1, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 1, 1, 0>} : (tensor<1x2x2x2xf32>, tensor<f32>) -> tensor<1x4x4x2xf32>
    %44 = "stablehlo.add"(%37, %43) : (tensor<1x4x4x2xf32>, tensor<1x4x4x2xf32>) -> tensor<1x4x4x2xf32>
    %45 = "stablehlo.transpose"(%arg2) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<2x2x3x2xf32>) -> tensor<2x2x2x3xf32>
    %46 = "stablehlo.reverse"(%45) {dimensions = array<i64: 0, 1>} : (tensor<2x2x2x3xf32>) -> tensor<2x2x2x3xf32>
    %47 = "stablehlo.convolution"(%44, %46) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 2, 2>} : (tensor<1x4x4x2xf32>, tensor<2x2x2x3xf32>) -> tensor<1x2x2x3xf32>
    %48 = "stablehlo.reshape"(%44) : (tensor<1x4x4x2xf32>) -> tensor<1x2x2x2x2x2xf32>
    %49 = "stablehlo.transpose"(%48) {permutation = array<i64: 0, 1, 3, 2, 4, 5>} : (tensor<1x2x2x2x2x2xf32>) -> tensor<1x2x2x2x2x2xf32>
    %50 = "stablehlo.reshape"(%49) : (tensor<1x2x2x2x2x2xf32>) -> tensor<1x2x2x8xf32>
    %51 = "stablehlo.transpose"(%0) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<1x2x2x3xf32>) -> tensor<3x2x2x1xf32>
    %52 = "stablehlo.transpose"(%50) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<1x2x2x8xf32>) -> tensor<2x2x1x8xf32>
    %53 = "stablehlo.convolution"(%51, %52) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<3x2x2x1xf32>, tensor<2x2x1x8xf32>) -> tensor<3x1x1x8xf32>
    %54 = "stablehlo.transpose"(%53) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<3x1x1x8xf32>) -> tensor<1x1x3x8xf32>
    %55 = "stablehlo.slice"(%54) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 3, 4>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x3x8xf32>) -> tensor<1x1x3x4xf32>
    %56 = "stablehlo.slice"(%54) {start_indices = array<i64: 0, 0, 0, 4>, limit_indices = array<i64: 1, 1, 3, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x3x8xf32>) -> tensor<1x1x3x4xf32>
    %57 = "stablehlo.slice"(%56) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 3, 4>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x3x4xf32>) -> tensor<1x1x3x4xf32>
    %58 = "stablehlo.pad"(%57, %20) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 1, 0, 0, 0>, interior_padding = array<i64: 1, 0, 0, 0>} : (tensor<1x1x3x4xf32>, tensor<f32>) -> tensor<2x1x3x4xf32>
    %59 = "stablehlo.slice"(%55) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 3, 4>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x3x4xf32>) -> tensor<1x1x3x4xf32>
    %60 = "stablehlo.pad"(%59, %20) {edge_padding_low = array<i64: 1, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 1, 0, 0, 0>} : (tensor<1x1x3x4xf32>, tensor<f32>) -> tensor<2x1x3x4xf32>
    %61 = "stablehlo.add"(%58, %60) : (tensor<2x1x3x4xf32>, tensor<2x1x3x4xf32>) -> tensor<2x1x3x4xf32>
    %62 = "stablehlo.slice"(%61) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 2, 1, 3, 2>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x1x3x4xf32>) -> tensor<2x1x3x2xf32>
    %63 = "stablehlo.slice"(%61) {start_indices = array<i64: 0, 0, 0, 2>, limit_indices = array<i64: 2, 1, 3, 4>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x1x3x4xf32>) -> tensor<2x1x3x2xf32>
    %64 = "stablehlo.slice"(%63) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 2, 1, 3, 2>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x1x3x2xf32>) -> tensor<2x1x3x2xf32>
    %65 = "stablehlo.pad"(%64, %20) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 1, 0, 0>, interior_padding = array<i64: 0, 1, 0, 0>} : (tensor<2x1x3x2xf32>, tensor<f32>) -> tensor<2x2x3x2xf32>
    %66 = "stablehlo.slice"(%62) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 2, 1, 3, 2>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x1x3x2xf32>) -> tensor<2x1x3x2xf32>
    %67 = "stablehlo.pad"(%66, %20) {edge_padding_low = array<i64: 0, 1, 0, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 1, 0, 0>} : (tensor<2x1x3x2xf32>, tensor<f32>) -> tensor<2x2x3x2xf32>
    %68 = "stablehlo.add"(%65, %67) : (tensor<2x2x3x2xf32>, tensor<2x2x3x2xf32>) -> tensor<2x2x3x2xf32>
    %69 = "stablehlo.transpose"(%arg1) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<2x2x2x3xf32>) -> tensor<2x2x3x2xf32>
    %70 = "stablehlo.slice"(%69) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 2, 1, 3, 2>, strides = array<i64: 1, 2, 1, 1>} : (tensor<2x2x3x2xf32>) -> tensor<2x1x3x2xf32>
    %71 = "stablehlo.slice"(%69) {start_indices = array<i64: 0, 1, 0, 0>, limit_indices = array<i64: 2, 2, 3, 2>, strides = array<i64: 1, 2, 1, 1>} : (tensor<2x2x3x2xf32>) -> tensor<2x1x3x2xf32>
    %72 = "stablehlo.concatenate"(%70, %71) {dimension = 3 : i64} : (tensor<2x1x3x2xf32>, tensor<2x1x3x2xf32>) -> tensor<2x1x3x4xf32>
    %73 = "stablehlo.slice"(%72) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 3, 4>, strides = array<i64: 2, 1, 1, 1>} : (tensor<2x1x3x4xf32>) -> tensor<1x1x3x4xf32>
    %74 = "stablehlo.slice"(%72) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 1, 3, 4>, strides = array<i64: 2, 1, 1, 1>} : (tensor<2x1x3x4xf32>) -> tensor<1x1x3x4xf32>
    %75 = "stablehlo.concatenate"(%73, %74) {dimension = 3 : i64} : (tensor<1x1x3x4xf32>, tensor<1x1x3x4xf32>) -> tensor<1x1x3x8xf32>
    %76 = "stablehlo.reverse"(%75) {dimensions = array<i64: 0, 1>} : (tensor<1x1x3x8xf32>) -> tensor<1x1x3x8xf32>
    %77 = "stablehlo.convolution"(%47, %76) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<1x2x2x3xf32>, tensor<1x1x3x8xf32>) -> tensor<1x2x2x8xf32>
    %78 = "stablehlo.reshape"(%77) : (tensor<1x2x2x8xf32>) -> tensor<1x2x2x2x2x2xf32>
    %79 = "stablehlo.transpose"(%78) {permutation = array<i64: 0, 1, 3, 2, 4, 5>} : (tensor<1x2x2x2x2x2xf32>) -> tensor<1x2x2x2x2x2xf32>
    %80 = "stablehlo.reshape"(%79) : (tensor<1x2x2x2x2x2xf32>) -> tensor<1x4x4x2xf32>
    %81 = "stablehlo.transpose"(%arg0) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<1x4x4x2xf32>) -> tensor<2x4x4x1xf32>
    %82 = "stablehlo.transpose"(%47) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<1x2x2x3xf32>) -> tensor<2x2x1x3xf32>
    %83 = "stablehlo.convolution"(%81, %82) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 2, 2>, window_strides = array<i64: 1, 1>} : (tensor<2x4x4x1xf32>, tensor<2x2x1x3xf32>) -> tensor<2x2x2x3xf32>
    %84 = "stablehlo.transpose"(%83) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<2x2x2x3xf32>) -> tensor<2x2x2x3xf32>
    return %8, %80, %84, %68 : tensor<f32>, tensor<1x4x4x2xf32>, tensor<2x2x2x3xf32>, tensor<2x2x3x2xf32>
  }
}
