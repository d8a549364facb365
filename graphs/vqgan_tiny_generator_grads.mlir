module @vqgan_tiny_generator_grads attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<4x16x16x3xf32>, %arg1: tensor<3x3x3x32xf32>, %arg2: tensor<32xf32>, %arg3: tensor<32xf32>, %arg4: tensor<32xf32>, %arg5: tensor<3x3x32x32xf32>, %arg6: tensor<32xf32>, %arg7: tensor<32xf32>, %arg8: tensor<32xf32>, %arg9: tensor<3x3x32x32xf32>, %arg10: tensor<32xf32>, %arg11: tensor<3x3x32x32xf32>, %arg12: tensor<32xf32>, %arg13: tensor<32xf32>, %arg14: tensor<32xf32>, %arg15: tensor<3x3x32x32xf32>, %arg16: tensor<32xf32>, %arg17: tensor<32xf32>, %arg18: tensor<32xf32>, %arg19: tensor<3x3x32x32xf32>, %arg20: tensor<32xf32>, %arg21: tensor<32xf32>, %arg22: tensor<32xf32>, %arg23: tensor<3x3x32x32xf32>, %arg24: tensor<32xf32>, %arg25: tensor<32xf32>, %arg26: tensor<32xf32>, %arg27: tensor<3x3x32x32xf32>, %arg28: tensor<32xf32>, %arg29: tensor<32xf32>, %arg30: tensor<32xf32>, %arg31: tensor<1x1x32x32xf32>, %arg32: tensor<32xf32>, %arg33: tensor<1x1x32x32xf32>, %arg34: tensor<32xf32>, %arg35: tensor<1x1x32x32xf32>, %arg36: tensor<32xf32>, %arg37: tensor<1x1x32x32xf32>, %arg38: tensor<32xf32>, %arg39: tensor<32xf32>, %arg40: tensor<32xf32>, %arg41: tensor<3x3x32x32xf32>, %arg42: tensor<32xf32>, %arg43: tensor<32xf32>, %arg44: tensor<32xf32>, %arg45: tensor<3x3x32x32xf32>, %arg46: tensor<32xf32>, %arg47: tensor<32xf32>, %arg48: tensor<32xf32>, %arg49: tensor<3x3x32x16xf32>, %arg50: tensor<16xf32>, %arg51: tensor<1x1x16x16xf32>, %arg52: tensor<16xf32>, %arg53: tensor<32x16xf32>, %arg54: tensor<1x1x16x16xf32>, %arg55: tensor<16xf32>, %arg56: tensor<3x3x16x32xf32>, %arg57: tensor<32xf32>, %arg58: tensor<32xf32>, %arg59: tensor<32xf32>, %arg60: tensor<3x3x32x32xf32>, %arg61: tensor<32xf32>, %arg62: tensor<32xf32>, %arg63: tensor<32xf32>, %arg64: tensor<3x3x32x32xf32>, %arg65: tensor<32xf32>, %arg66: tensor<32xf32>, %arg67: tensor<32xf32>, %arg68: tensor<1x1x32x32xf32>, %arg69: tensor<32xf32>, %arg70: tensor<1x1x32x32xf32>, %arg71: tensor<32xf32>, %arg72: tensor<1x1x32x32xf32>, %arg73: tensor<32xf32>, %arg74: tensor<1x1x32x32xf32>, %arg75: tensor<32xf32>, %arg76: tensor<32xf32>, %arg77: tensor<32xf32>, %arg78: tensor<3x3x32x32xf32>, %arg79: tensor<32xf32>, %arg80: tensor<32xf32>, %arg81: tensor<32xf32>, %arg82: tensor<3x3x32x32xf32>, %arg83: tensor<32xf32>, %arg84: tensor<32xf32>, %arg85: tensor<32xf32>, %arg86: tensor<3x3x32x32xf32>, %arg87: tensor<32xf32>, %arg88: tensor<32xf32>, %arg89: tensor<32xf32>, %arg90: tensor<3x3x32x32xf32>, %arg91: tensor<32xf32>, %arg92: tensor<32xf32>, %arg93: tensor<32xf32>, %arg94: tensor<3x3x32x32xf32>, %arg95: tensor<32xf32>, %arg96: tensor<32xf32>, %arg97: tensor<32xf32>, %arg98: tensor<3x3x32x32xf32>, %arg99: tensor<32xf32>, %arg100: tensor<3x3x32x32xf32>, %arg101: tensor<32xf32>, %arg102: tensor<32xf32>, %arg103: tensor<32xf32>, %arg104: tensor<3x3x32x32xf32>, %arg105: tensor<32xf32>, %arg106: tensor<32xf32>, %arg107: tensor<32xf32>, %arg108: tensor<3x3x32x32xf32>, %arg109: tensor<32xf32>, %arg110: tensor<32xf32>, %arg111: tensor<32xf32>, %arg112: tensor<3x3x32x32xf32>, %arg113: tensor<32xf32>, %arg114: tensor<32xf32>, %arg115: tensor<32xf32>, %arg116: tensor<3x3x32x32xf32>, %arg117: tensor<32xf32>, %arg118: tensor<32xf32>, %arg119: tensor<32xf32>, %arg120: tensor<3x3x32x3xf32>, %arg121: tensor<3xf32>, %arg122: tensor<1x1x3x8xf32>, %arg123: tensor<8xf32>, %arg124: tensor<3x3x8x32xf32>, %arg125: tensor<32xf32>, %arg126: tensor<3x3x32x16xf32>, %arg127: tensor<16xf32>, %arg128: tensor<1x1x8x16xf32>, %arg129: tensor<16xf32>, %arg130: tensor<3x3x16x64xf32>, %arg131: tensor<64xf32>, %arg132: tensor<3x3x64x32xf32>, %arg133: tensor<32xf32>, %arg134: tensor<1x1x16x32xf32>, %arg135: tensor<32xf32>, %arg136: tensor<3x3x33x32xf32>, %arg137: tensor<32xf32>, %arg138: tensor<128x64xf32>, %arg139: tensor<64xf32>, %arg140: tensor<64x1xf32>, %arg141: tensor<1xf32>) -> (tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<3x3x3x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<1x1x32x32xf32>, tensor<32xf32>, tensor<1x1x32x32xf32>, tensor<32xf32>, tensor<1x1x32x32xf32>, tensor<32xf32>, tensor<1x1x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x16xf32>, tensor<16xf32>, tensor<1x1x16x16xf32>, tensor<16xf32>, tensor<32x16xf32>, tensor<1x1x16x16xf32>, tensor<16xf32>, tensor<3x3x16x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<1x1x32x32xf32>, tensor<32xf32>, tensor<1x1x32x32xf32>, tensor<32xf32>, tensor<1x1x32x32xf32>, tensor<32xf32>, tensor<1x1x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x3xf32>, tensor<3xf32>) {
    %0 = "stablehlo.convolution"(%arg0, %arg1) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x16x16x3xf32>, tensor<3x3x3x32xf32>) -> tensor<4x16x16x32xf32>
    %1 = "stablehlo.broadcast_in_dim"(%arg2) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
    %2 = "stablehlo.add"(%0, %1) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %3 = "stablehlo.reshape"(%2) : (tensor<4x16x16x32xf32>) -> tensor<4x256x32x1xf32>
    %4 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %5 = "stablehlo.reduce"(%3, %4) ({
    ^bb0(%6: tensor<f32>, %7: tensor<f32>):
        %8 = "stablehlo.add"(%6, %7) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%8) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x256x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %9 = "stablehlo.reshape"(%5) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %10 = "stablehlo.constant"() {value = dense<256.0> : tensor<4x1x32x1xf32>} : () -> tensor<4x1x32x1xf32>
    %11 = "stablehlo.divide"(%9, %10) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %12 = "stablehlo.broadcast_in_dim"(%11) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x256x32x1xf32>
    %13 = "stablehlo.subtract"(%3, %12) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %14 = "stablehlo.multiply"(%13, %13) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %15 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %16 = "stablehlo.reduce"(%14, %15) ({
    ^bb0(%17: tensor<f32>, %18: tensor<f32>):
        %19 = "stablehlo.add"(%17, %18) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%19) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x256x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %20 = "stablehlo.reshape"(%16) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %21 = "stablehlo.divide"(%20, %10) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %22 = "stablehlo.constant"() {value = dense<0x358637BD> : tensor<4x1x32x1xf32>} : () -> tensor<4x1x32x1xf32>
    %23 = "stablehlo.add"(%21, %22) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %24 = "stablehlo.rsqrt"(%23) : (tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %25 = "stablehlo.broadcast_in_dim"(%24) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x256x32x1xf32>
    %26 = "stablehlo.multiply"(%13, %25) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %27 = "stablehlo.reshape"(%26) : (tensor<4x256x32x1xf32>) -> tensor<4x16x16x32xf32>
    %28 = "stablehlo.broadcast_in_dim"(%arg3) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
    %29 = "stablehlo.multiply"(%27, %28) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %30 = "stablehlo.broadcast_in_dim"(%arg4) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
    %31 = "stablehlo.add"(%29, %30) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %32 = "stablehlo.logistic"(%31) : (tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %33 = "stablehlo.multiply"(%31, %32) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %34 = "stablehlo.convolution"(%33, %arg5) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x16x16x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x16x16x32xf32>
    %35 = "stablehlo.broadcast_in_dim"(%arg6) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
    %36 = "stablehlo.add"(%34, %35) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %37 = "stablehlo.reshape"(%36) : (tensor<4x16x16x32xf32>) -> tensor<4x256x32x1xf32>
    %38 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %39 = "stablehlo.reduce"(%37, %38) ({
    ^bb0(%40: tensor<f32>, %41: tensor<f32>):
        %42 = "stablehlo.add"(%40, %41) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%42) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x256x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %43 = "stablehlo.reshape"(%39) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %44 = "stablehlo.divide"(%43, %10) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %45 = "stablehlo.broadcast_in_dim"(%44) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x256x32x1xf32>
    %46 = "stablehlo.subtract"(%37, %45) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %47 = "stablehlo.multiply"(%46, %46) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %48 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %49 = "stablehlo.reduce"(%47, %48) ({
    ^bb0(%50: tensor<f32>, %51: tensor<f32>):
        %52 = "stablehlo.add"(%50, %51) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%52) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x256x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %53 = "stablehlo.reshape"(%49) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %54 = "stablehlo.divide"(%53, %10) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %55 = "stablehlo.add"(%54, %22) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %56 = "stablehlo.rsqrt"(%55) : (tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %57 = "stablehlo.broadcast_in_dim"(%56) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x256x32x1xf32>
    %58 = "stablehlo.multiply"(%46, %57) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %59 = "stablehlo.reshape"(%58) : (tensor<4x256x32x1xf32>) -> tensor<4x16x16x32xf32>
    %60 = "stablehlo.broadcast_in_dim"(%arg7) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
    %61 = "stablehlo.multiply"(%59, %60) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %62 = "stablehlo.broadcast_in_dim"(%arg8) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
    %63 = "stablehlo.add"(%61, %62) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %64 = "stablehlo.logistic"(%63) : (tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %65 = "stablehlo.multiply"(%63, %64) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %66 = "stablehlo.convolution"(%65, %arg9) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x16x16x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x16x16x32xf32>
    %67 = "stablehlo.broadcast_in_dim"(%arg10) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
    %68 = "stablehlo.add"(%66, %67) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %69 = "stablehlo.add"(%2, %68) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %70 = "stablehlo.convolution"(%69, %arg11) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 1], [0, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 2, 2>} : (tensor<4x16x16x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x8x8x32xf32>
    %71 = "stablehlo.broadcast_in_dim"(%arg12) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %72 = "stablehlo.add"(%70, %71) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %73 = "stablehlo.reshape"(%72) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32x1xf32>
    %74 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %75 = "stablehlo.reduce"(%73, %74) ({
    ^bb0(%76: tensor<f32>, %77: tensor<f32>):
        %78 = "stablehlo.add"(%76, %77) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%78) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %79 = "stablehlo.reshape"(%75) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %80 = "stablehlo.constant"() {value = dense<64.0> : tensor<4x1x32x1xf32>} : () -> tensor<4x1x32x1xf32>
    %81 = "stablehlo.divide"(%79, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %82 = "stablehlo.broadcast_in_dim"(%81) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x64x32x1xf32>
    %83 = "stablehlo.subtract"(%73, %82) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %84 = "stablehlo.multiply"(%83, %83) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %85 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %86 = "stablehlo.reduce"(%84, %85) ({
    ^bb0(%87: tensor<f32>, %88: tensor<f32>):
        %89 = "stablehlo.add"(%87, %88) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%89) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %90 = "stablehlo.reshape"(%86) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %91 = "stablehlo.divide"(%90, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %92 = "stablehlo.add"(%91, %22) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %93 = "stablehlo.rsqrt"(%92) : (tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %94 = "stablehlo.broadcast_in_dim"(%93) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x64x32x1xf32>
    %95 = "stablehlo.multiply"(%83, %94) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %96 = "stablehlo.reshape"(%95) : (tensor<4x64x32x1xf32>) -> tensor<4x8x8x32xf32>
    %97 = "stablehlo.broadcast_in_dim"(%arg13) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %98 = "stablehlo.multiply"(%96, %97) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %99 = "stablehlo.broadcast_in_dim"(%arg14) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %100 = "stablehlo.add"(%98, %99) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %101 = "stablehlo.logistic"(%100) : (tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %102 = "stablehlo.multiply"(%100, %101) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %103 = "stablehlo.convolution"(%102, %arg15) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x8x8x32xf32>
    %104 = "stablehlo.broadcast_in_dim"(%arg16) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %105 = "stablehlo.add"(%103, %104) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %106 = "stablehlo.reshape"(%105) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32x1xf32>
    %107 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %108 = "stablehlo.reduce"(%106, %107) ({
    ^bb0(%109: tensor<f32>, %110: tensor<f32>):
        %111 = "stablehlo.add"(%109, %110) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%111) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %112 = "stablehlo.reshape"(%108) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %113 = "stablehlo.divide"(%112, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %114 = "stablehlo.broadcast_in_dim"(%113) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x64x32x1xf32>
    %115 = "stablehlo.subtract"(%106, %114) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %116 = "stablehlo.multiply"(%115, %115) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %117 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %118 = "stablehlo.reduce"(%116, %117) ({
    ^bb0(%119: tensor<f32>, %120: tensor<f32>):
        %121 = "stablehlo.add"(%119, %120) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%121) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %122 = "stablehlo.reshape"(%118) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %123 = "stablehlo.divide"(%122, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %124 = "stablehlo.add"(%123, %22) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %125 = "stablehlo.rsqrt"(%124) : (tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %126 = "stablehlo.broadcast_in_dim"(%125) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x64x32x1xf32>
    %127 = "stablehlo.multiply"(%115, %126) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %128 = "stablehlo.reshape"(%127) : (tensor<4x64x32x1xf32>) -> tensor<4x8x8x32xf32>
    %129 = "stablehlo.broadcast_in_dim"(%arg17) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %130 = "stablehlo.multiply"(%128, %129) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %131 = "stablehlo.broadcast_in_dim"(%arg18) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %132 = "stablehlo.add"(%130, %131) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %133 = "stablehlo.logistic"(%132) : (tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %134 = "stablehlo.multiply"(%132, %133) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %135 = "stablehlo.convolution"(%134, %arg19) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x8x8x32xf32>
    %136 = "stablehlo.broadcast_in_dim"(%arg20) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %137 = "stablehlo.add"(%135, %136) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %138 = "stablehlo.add"(%72, %137) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %139 = "stablehlo.reshape"(%138) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32x1xf32>
    %140 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %141 = "stablehlo.reduce"(%139, %140) ({
    ^bb0(%142: tensor<f32>, %143: tensor<f32>):
        %144 = "stablehlo.add"(%142, %143) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%144) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %145 = "stablehlo.reshape"(%141) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %146 = "stablehlo.divide"(%145, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %147 = "stablehlo.broadcast_in_dim"(%146) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x64x32x1xf32>
    %148 = "stablehlo.subtract"(%139, %147) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %149 = "stablehlo.multiply"(%148, %148) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %150 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %151 = "stablehlo.reduce"(%149, %150) ({
    ^bb0(%152: tensor<f32>, %153: tensor<f32>):
        %154 = "stablehlo.add"(%152, %153) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%154) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %155 = "stablehlo.reshape"(%151) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %156 = "stablehlo.divide"(%155, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %157 = "stablehlo.add"(%156, %22) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %158 = "stablehlo.rsqrt"(%157) : (tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %159 = "stablehlo.broadcast_in_dim"(%158) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x64x32x1xf32>
    %160 = "stablehlo.multiply"(%148, %159) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %161 = "stablehlo.reshape"(%160) : (tensor<4x64x32x1xf32>) -> tensor<4x8x8x32xf32>
    %162 = "stablehlo.broadcast_in_dim"(%arg21) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %163 = "stablehlo.multiply"(%161, %162) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %164 = "stablehlo.broadcast_in_dim"(%arg22) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %165 = "stablehlo.add"(%163, %164) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %166 = "stablehlo.logistic"(%165) : (tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %167 = "stablehlo.multiply"(%165, %166) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %168 = "stablehlo.convolution"(%167, %arg23) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x8x8x32xf32>
    %169 = "stablehlo.broadcast_in_dim"(%arg24) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %170 = "stablehlo.add"(%168, %169) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %171 = "stablehlo.reshape"(%170) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32x1xf32>
    %172 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %173 = "stablehlo.reduce"(%171, %172) ({
    ^bb0(%174: tensor<f32>, %175: tensor<f32>):
        %176 = "stablehlo.add"(%174, %175) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%176) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %177 = "stablehlo.reshape"(%173) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %178 = "stablehlo.divide"(%177, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %179 = "stablehlo.broadcast_in_dim"(%178) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x64x32x1xf32>
    %180 = "stablehlo.subtract"(%171, %179) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %181 = "stablehlo.multiply"(%180, %180) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %182 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %183 = "stablehlo.reduce"(%181, %182) ({
    ^bb0(%184: tensor<f32>, %185: tensor<f32>):
        %186 = "stablehlo.add"(%184, %185) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%186) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %187 = "stablehlo.reshape"(%183) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %188 = "stablehlo.divide"(%187, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %189 = "stablehlo.add"(%188, %22) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %190 = "stablehlo.rsqrt"(%189) : (tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %191 = "stablehlo.broadcast_in_dim"(%190) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x64x32x1xf32>
    %192 = "stablehlo.multiply"(%180, %191) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %193 = "stablehlo.reshape"(%192) : (tensor<4x64x32x1xf32>) -> tensor<4x8x8x32xf32>
    %194 = "stablehlo.broadcast_in_dim"(%arg25) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %195 = "stablehlo.multiply"(%193, %194) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %196 = "stablehlo.broadcast_in_dim"(%arg26) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %197 = "stablehlo.add"(%195, %196) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %198 = "stablehlo.logistic"(%197) : (tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %199 = "stablehlo.multiply"(%197, %198) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %200 = "stablehlo.convolution"(%199, %arg27) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x8x8x32xf32>
    %201 = "stablehlo.broadcast_in_dim"(%arg28) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %202 = "stablehlo.add"(%200, %201) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %203 = "stablehlo.add"(%138, %202) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %204 = "stablehlo.reshape"(%203) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32x1xf32>
    %205 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %206 = "stablehlo.reduce"(%204, %205) ({
    ^bb0(%207: tensor<f32>, %208: tensor<f32>):
        %209 = "stablehlo.add"(%207, %208) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%209) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %210 = "stablehlo.reshape"(%206) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %211 = "stablehlo.divide"(%210, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %212 = "stablehlo.broadcast_in_dim"(%211) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x64x32x1xf32>
    %213 = "stablehlo.subtract"(%204, %212) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %214 = "stablehlo.multiply"(%213, %213) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %215 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %216 = "stablehlo.reduce"(%214, %215) ({
    ^bb0(%217: tensor<f32>, %218: tensor<f32>):
        %219 = "stablehlo.add"(%217, %218) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%219) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %220 = "stablehlo.reshape"(%216) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %221 = "stablehlo.divide"(%220, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %222 = "stablehlo.add"(%221, %22) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %223 = "stablehlo.rsqrt"(%222) : (tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %224 = "stablehlo.broadcast_in_dim"(%223) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x64x32x1xf32>
    %225 = "stablehlo.multiply"(%213, %224) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %226 = "stablehlo.reshape"(%225) : (tensor<4x64x32x1xf32>) -> tensor<4x8x8x32xf32>
    %227 = "stablehlo.broadcast_in_dim"(%arg29) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %228 = "stablehlo.multiply"(%226, %227) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %229 = "stablehlo.broadcast_in_dim"(%arg30) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %230 = "stablehlo.add"(%228, %229) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %231 = "stablehlo.convolution"(%230, %arg31) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<1x1x32x32xf32>) -> tensor<4x8x8x32xf32>
    %232 = "stablehlo.broadcast_in_dim"(%arg32) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %233 = "stablehlo.add"(%231, %232) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %234 = "stablehlo.reshape"(%233) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32xf32>
    %235 = "stablehlo.convolution"(%230, %arg33) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<1x1x32x32xf32>) -> tensor<4x8x8x32xf32>
    %236 = "stablehlo.broadcast_in_dim"(%arg34) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %237 = "stablehlo.add"(%235, %236) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %238 = "stablehlo.reshape"(%237) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32xf32>
    %239 = "stablehlo.convolution"(%230, %arg35) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<1x1x32x32xf32>) -> tensor<4x8x8x32xf32>
    %240 = "stablehlo.broadcast_in_dim"(%arg36) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %241 = "stablehlo.add"(%239, %240) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %242 = "stablehlo.reshape"(%241) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32xf32>
    %243 = "stablehlo.dot_general"(%234, %238) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<4x64x32xf32>, tensor<4x64x32xf32>) -> tensor<4x64x64xf32>
    %244 = "stablehlo.constant"() {value = dense<0.17677669> : tensor<4x64x64xf32>} : () -> tensor<4x64x64xf32>
    %245 = "stablehlo.multiply"(%243, %244) : (tensor<4x64x64xf32>, tensor<4x64x64xf32>) -> tensor<4x64x64xf32>
    %246 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %247 = "stablehlo.reduce"(%245, %246) ({
    ^bb0(%248: tensor<f32>, %249: tensor<f32>):
        %250 = "stablehlo.maximum"(%248, %249) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%250) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<4x64x64xf32>, tensor<f32>) -> tensor<4x64xf32>
    %251 = "stablehlo.reshape"(%247) : (tensor<4x64xf32>) -> tensor<4x64x1xf32>
    %252 = "stablehlo.broadcast_in_dim"(%251) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<4x64x1xf32>) -> tensor<4x64x64xf32>
    %253 = "stablehlo.subtract"(%245, %252) : (tensor<4x64x64xf32>, tensor<4x64x64xf32>) -> tensor<4x64x64xf32>
    %254 = "stablehlo.exponential"(%253) : (tensor<4x64x64xf32>) -> tensor<4x64x64xf32>
    %255 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %256 = "stablehlo.reduce"(%254, %255) ({
    ^bb0(%257: tensor<f32>, %258: tensor<f32>):
        %259 = "stablehlo.add"(%257, %258) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%259) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<4x64x64xf32>, tensor<f32>) -> tensor<4x64xf32>
    %260 = "stablehlo.reshape"(%256) : (tensor<4x64xf32>) -> tensor<4x64x1xf32>
    %261 = "stablehlo.broadcast_in_dim"(%260) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<4x64x1xf32>) -> tensor<4x64x64xf32>
    %262 = "stablehlo.divide"(%254, %261) : (tensor<4x64x64xf32>, tensor<4x64x64xf32>) -> tensor<4x64x64xf32>
    %263 = "stablehlo.dot_general"(%262, %242) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<4x64x64xf32>, tensor<4x64x32xf32>) -> tensor<4x64x32xf32>
    %264 = "stablehlo.reshape"(%263) : (tensor<4x64x32xf32>) -> tensor<4x8x8x32xf32>
    %265 = "stablehlo.convolution"(%264, %arg37) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<1x1x32x32xf32>) -> tensor<4x8x8x32xf32>
    %266 = "stablehlo.broadcast_in_dim"(%arg38) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %267 = "stablehlo.add"(%265, %266) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %268 = "stablehlo.add"(%203, %267) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %269 = "stablehlo.reshape"(%268) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32x1xf32>
    %270 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %271 = "stablehlo.reduce"(%269, %270) ({
    ^bb0(%272: tensor<f32>, %273: tensor<f32>):
        %274 = "stablehlo.add"(%272, %273) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%274) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %275 = "stablehlo.reshape"(%271) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %276 = "stablehlo.divide"(%275, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %277 = "stablehlo.broadcast_in_dim"(%276) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x64x32x1xf32>
    %278 = "stablehlo.subtract"(%269, %277) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %279 = "stablehlo.multiply"(%278, %278) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %280 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %281 = "stablehlo.reduce"(%279, %280) ({
    ^bb0(%282: tensor<f32>, %283: tensor<f32>):
        %284 = "stablehlo.add"(%282, %283) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%284) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %285 = "stablehlo.reshape"(%281) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %286 = "stablehlo.divide"(%285, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %287 = "stablehlo.add"(%286, %22) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %288 = "stablehlo.rsqrt"(%287) : (tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %289 = "stablehlo.broadcast_in_dim"(%288) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x64x32x1xf32>
    %290 = "stablehlo.multiply"(%278, %289) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %291 = "stablehlo.reshape"(%290) : (tensor<4x64x32x1xf32>) -> tensor<4x8x8x32xf32>
    %292 = "stablehlo.broadcast_in_dim"(%arg39) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %293 = "stablehlo.multiply"(%291, %292) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %294 = "stablehlo.broadcast_in_dim"(%arg40) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %295 = "stablehlo.add"(%293, %294) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %296 = "stablehlo.logistic"(%295) : (tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %297 = "stablehlo.multiply"(%295, %296) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %298 = "stablehlo.convolution"(%297, %arg41) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x8x8x32xf32>
    %299 = "stablehlo.broadcast_in_dim"(%arg42) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %300 = "stablehlo.add"(%298, %299) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %301 = "stablehlo.reshape"(%300) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32x1xf32>
    %302 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %303 = "stablehlo.reduce"(%301, %302) ({
    ^bb0(%304: tensor<f32>, %305: tensor<f32>):
        %306 = "stablehlo.add"(%304, %305) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%306) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %307 = "stablehlo.reshape"(%303) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %308 = "stablehlo.divide"(%307, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %309 = "stablehlo.broadcast_in_dim"(%308) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x64x32x1xf32>
    %310 = "stablehlo.subtract"(%301, %309) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %311 = "stablehlo.multiply"(%310, %310) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %312 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %313 = "stablehlo.reduce"(%311, %312) ({
    ^bb0(%314: tensor<f32>, %315: tensor<f32>):
        %316 = "stablehlo.add"(%314, %315) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%316) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %317 = "stablehlo.reshape"(%313) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %318 = "stablehlo.divide"(%317, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %319 = "stablehlo.add"(%318, %22) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %320 = "stablehlo.rsqrt"(%319) : (tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %321 = "stablehlo.broadcast_in_dim"(%320) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x64x32x1xf32>
    %322 = "stablehlo.multiply"(%310, %321) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %323 = "stablehlo.reshape"(%322) : (tensor<4x64x32x1xf32>) -> tensor<4x8x8x32xf32>
    %324 = "stablehlo.broadcast_in_dim"(%arg43) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %325 = "stablehlo.multiply"(%323, %324) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %326 = "stablehlo.broadcast_in_dim"(%arg44) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %327 = "stablehlo.add"(%325, %326) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %328 = "stablehlo.logistic"(%327) : (tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %329 = "stablehlo.multiply"(%327, %328) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %330 = "stablehlo.convolution"(%329, %arg45) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x8x8x32xf32>
    %331 = "stablehlo.broadcast_in_dim"(%arg46) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %332 = "stablehlo.add"(%330, %331) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %333 = "stablehlo.add"(%268, %332) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %334 = "stablehlo.reshape"(%333) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32x1xf32>
    %335 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %336 = "stablehlo.reduce"(%334, %335) ({
    ^bb0(%337: tensor<f32>, %338: tensor<f32>):
        %339 = "stablehlo.add"(%337, %338) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%339) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %340 = "stablehlo.reshape"(%336) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %341 = "stablehlo.divide"(%340, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %342 = "stablehlo.broadcast_in_dim"(%341) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x64x32x1xf32>
    %343 = "stablehlo.subtract"(%334, %342) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %344 = "stablehlo.multiply"(%343, %343) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %345 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %346 = "stablehlo.reduce"(%344, %345) ({
    ^bb0(%347: tensor<f32>, %348: tensor<f32>):
        %349 = "stablehlo.add"(%347, %348) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%349) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %350 = "stablehlo.reshape"(%346) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %351 = "stablehlo.divide"(%350, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %352 = "stablehlo.add"(%351, %22) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %353 = "stablehlo.rsqrt"(%352) : (tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %354 = "stablehlo.broadcast_in_dim"(%353) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x64x32x1xf32>
    %355 = "stablehlo.multiply"(%343, %354) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %356 = "stablehlo.reshape"(%355) : (tensor<4x64x32x1xf32>) -> tensor<4x8x8x32xf32>
    %357 = "stablehlo.broadcast_in_dim"(%arg47) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %358 = "stablehlo.multiply"(%356, %357) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %359 = "stablehlo.broadcast_in_dim"(%arg48) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %360 = "stablehlo.add"(%358, %359) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %361 = "stablehlo.logistic"(%360) : (tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %362 = "stablehlo.multiply"(%360, %361) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %363 = "stablehlo.convolution"(%362, %arg49) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x16xf32>) -> tensor<4x8x8x16xf32>
    %364 = "stablehlo.broadcast_in_dim"(%arg50) {broadcast_dimensions = array<i64: 3>} : (tensor<16xf32>) -> tensor<4x8x8x16xf32>
    %365 = "stablehlo.add"(%363, %364) : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %366 = "stablehlo.convolution"(%365, %arg51) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x16xf32>, tensor<1x1x16x16xf32>) -> tensor<4x8x8x16xf32>
    %367 = "stablehlo.broadcast_in_dim"(%arg52) {broadcast_dimensions = array<i64: 3>} : (tensor<16xf32>) -> tensor<4x8x8x16xf32>
    %368 = "stablehlo.add"(%366, %367) : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %369 = "stablehlo.reshape"(%368) : (tensor<4x8x8x16xf32>) -> tensor<256x16xf32>
    %370 = "stablehlo.dot_general"(%369, %arg53) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<256x16xf32>, tensor<32x16xf32>) -> tensor<256x32xf32>
    %371 = "stablehlo.multiply"(%369, %369) : (tensor<256x16xf32>, tensor<256x16xf32>) -> tensor<256x16xf32>
    %372 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %373 = "stablehlo.reduce"(%371, %372) ({
    ^bb0(%374: tensor<f32>, %375: tensor<f32>):
        %376 = "stablehlo.add"(%374, %375) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%376) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<256x16xf32>, tensor<f32>) -> tensor<256xf32>
    %377 = "stablehlo.reshape"(%373) : (tensor<256xf32>) -> tensor<256x1xf32>
    %378 = "stablehlo.multiply"(%arg53, %arg53) : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x16xf32>
    %379 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %380 = "stablehlo.reduce"(%378, %379) ({
    ^bb0(%381: tensor<f32>, %382: tensor<f32>):
        %383 = "stablehlo.add"(%381, %382) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%383) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<32x16xf32>, tensor<f32>) -> tensor<32xf32>
    %384 = "stablehlo.reshape"(%380) : (tensor<32xf32>) -> tensor<1x32xf32>
    %385 = "stablehlo.broadcast_in_dim"(%377) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<256x1xf32>) -> tensor<256x32xf32>
    %386 = "stablehlo.broadcast_in_dim"(%384) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x32xf32>) -> tensor<256x32xf32>
    %387 = "stablehlo.add"(%385, %386) : (tensor<256x32xf32>, tensor<256x32xf32>) -> tensor<256x32xf32>
    %388 = "stablehlo.constant"() {value = dense<2.0> : tensor<256x32xf32>} : () -> tensor<256x32xf32>
    %389 = "stablehlo.multiply"(%370, %388) : (tensor<256x32xf32>, tensor<256x32xf32>) -> tensor<256x32xf32>
    %390 = "stablehlo.subtract"(%387, %389) : (tensor<256x32xf32>, tensor<256x32xf32>) -> tensor<256x32xf32>
    %391 = "stablehlo.constant"() {value = dense<0x7F800000> : tensor<f32>} : () -> tensor<f32>
    %392 = "stablehlo.reduce"(%390, %391) ({
    ^bb0(%393: tensor<f32>, %394: tensor<f32>):
        %395 = "stablehlo.minimum"(%393, %394) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%395) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<256x32xf32>, tensor<f32>) -> tensor<256xf32>
    %396 = "stablehlo.broadcast_in_dim"(%392) {broadcast_dimensions = array<i64: 0>} : (tensor<256xf32>) -> tensor<256x32xf32>
    %397 = "stablehlo.compare"(%390, %396) {comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<256x32xf32>, tensor<256x32xf32>) -> tensor<256x32xi1>
    %398 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<256x32xi32>
    %399 = "stablehlo.constant"() {value = dense<32> : tensor<256x32xi32>} : () -> tensor<256x32xi32>
    %400 = "stablehlo.select"(%397, %398, %399) : (tensor<256x32xi1>, tensor<256x32xi32>, tensor<256x32xi32>) -> tensor<256x32xi32>
    %401 = "stablehlo.constant"() {value = dense<2147483647> : tensor<i32>} : () -> tensor<i32>
    %402 = "stablehlo.reduce"(%400, %401) ({
    ^bb0(%403: tensor<i32>, %404: tensor<i32>):
        %405 = "stablehlo.minimum"(%403, %404) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%405) : (tensor<i32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<256x32xi32>, tensor<i32>) -> tensor<256xi32>
    %406 = "stablehlo.gather"(%arg53, %402) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 16>} : (tensor<32x16xf32>, tensor<256xi32>) -> tensor<256x16xf32>
    %407 = "stablehlo.reshape"(%406) : (tensor<256x16xf32>) -> tensor<4x8x8x16xf32>
    %408 = "stablehlo.subtract"(%407, %368) : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %409 = "stablehlo.multiply"(%408, %408) : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %410 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %411 = "stablehlo.reduce"(%409, %410) ({
    ^bb0(%412: tensor<f32>, %413: tensor<f32>):
        %414 = "stablehlo.add"(%412, %413) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%414) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x8x8x16xf32>, tensor<f32>) -> tensor<f32>
    %415 = "stablehlo.constant"() {value = dense<4096.0> : tensor<f32>} : () -> tensor<f32>
    %416 = "stablehlo.divide"(%411, %415) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %417 = "stablehlo.subtract"(%407, %368) : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %418 = "stablehlo.multiply"(%417, %417) : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %419 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %420 = "stablehlo.reduce"(%418, %419) ({
    ^bb0(%421: tensor<f32>, %422: tensor<f32>):
        %423 = "stablehlo.add"(%421, %422) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%423) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x8x8x16xf32>, tensor<f32>) -> tensor<f32>
    %424 = "stablehlo.divide"(%420, %415) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %425 = "stablehlo.constant"() {value = dense<0.25> : tensor<f32>} : () -> tensor<f32>
    %426 = "stablehlo.multiply"(%416, %425) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %427 = "stablehlo.add"(%426, %424) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %428 = "stablehlo.subtract"(%407, %368) : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %429 = "stablehlo.add"(%368, %428) : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %430 = "stablehlo.broadcast_in_dim"(%402) {broadcast_dimensions = array<i64: 0>} : (tensor<256xi32>) -> tensor<256x32xi32>
    %431 = "stablehlo.compare"(%430, %398) {comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<256x32xi32>, tensor<256x32xi32>) -> tensor<256x32xi1>
    %432 = "stablehlo.convert"(%431) : (tensor<256x32xi1>) -> tensor<256x32xf32>
    %433 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %434 = "stablehlo.reduce"(%432, %433) ({
    ^bb0(%435: tensor<f32>, %436: tensor<f32>):
        %437 = "stablehlo.add"(%435, %436) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%437) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<256x32xf32>, tensor<f32>) -> tensor<32xf32>
    %438 = "stablehlo.constant"() {value = dense<256.0> : tensor<32xf32>} : () -> tensor<32xf32>
    %439 = "stablehlo.divide"(%434, %438) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %440 = "stablehlo.constant"() {value = dense<0x2EDBE6FF> : tensor<32xf32>} : () -> tensor<32xf32>
    %441 = "stablehlo.add"(%439, %440) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %442 = "stablehlo.log"(%441) : (tensor<32xf32>) -> tensor<32xf32>
    %443 = "stablehlo.multiply"(%439, %442) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %444 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %445 = "stablehlo.reduce"(%443, %444) ({
    ^bb0(%446: tensor<f32>, %447: tensor<f32>):
        %448 = "stablehlo.add"(%446, %447) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%448) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %449 = "stablehlo.negate"(%445) : (tensor<f32>) -> tensor<f32>
    %450 = "stablehlo.exponential"(%449) : (tensor<f32>) -> tensor<f32>
    %451 = "stablehlo.constant"() {value = dense<0.0> : tensor<32xf32>} : () -> tensor<32xf32>
    %452 = "stablehlo.compare"(%439, %451) {comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xi1>
    %453 = "stablehlo.convert"(%452) : (tensor<32xi1>) -> tensor<32xf32>
    %454 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %455 = "stablehlo.reduce"(%453, %454) ({
    ^bb0(%456: tensor<f32>, %457: tensor<f32>):
        %458 = "stablehlo.add"(%456, %457) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%458) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %459 = "stablehlo.constant"() {value = dense<32.0> : tensor<f32>} : () -> tensor<f32>
    %460 = "stablehlo.divide"(%455, %459) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %461 = "stablehlo.convolution"(%429, %arg54) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x16xf32>, tensor<1x1x16x16xf32>) -> tensor<4x8x8x16xf32>
    %462 = "stablehlo.broadcast_in_dim"(%arg55) {broadcast_dimensions = array<i64: 3>} : (tensor<16xf32>) -> tensor<4x8x8x16xf32>
    %463 = "stablehlo.add"(%461, %462) : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %464 = "stablehlo.convolution"(%463, %arg56) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x16xf32>, tensor<3x3x16x32xf32>) -> tensor<4x8x8x32xf32>
    %465 = "stablehlo.broadcast_in_dim"(%arg57) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %466 = "stablehlo.add"(%464, %465) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %467 = "stablehlo.reshape"(%466) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32x1xf32>
    %468 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %469 = "stablehlo.reduce"(%467, %468) ({
    ^bb0(%470: tensor<f32>, %471: tensor<f32>):
        %472 = "stablehlo.add"(%470, %471) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%472) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %473 = "stablehlo.reshape"(%469) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %474 = "stablehlo.divide"(%473, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %475 = "stablehlo.broadcast_in_dim"(%474) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x64x32x1xf32>
    %476 = "stablehlo.subtract"(%467, %475) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %477 = "stablehlo.multiply"(%476, %476) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %478 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %479 = "stablehlo.reduce"(%477, %478) ({
    ^bb0(%480: tensor<f32>, %481: tensor<f32>):
        %482 = "stablehlo.add"(%480, %481) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%482) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %483 = "stablehlo.reshape"(%479) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %484 = "stablehlo.divide"(%483, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %485 = "stablehlo.add"(%484, %22) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %486 = "stablehlo.rsqrt"(%485) : (tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %487 = "stablehlo.broadcast_in_dim"(%486) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x64x32x1xf32>
    %488 = "stablehlo.multiply"(%476, %487) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %489 = "stablehlo.reshape"(%488) : (tensor<4x64x32x1xf32>) -> tensor<4x8x8x32xf32>
    %490 = "stablehlo.broadcast_in_dim"(%arg58) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %491 = "stablehlo.multiply"(%489, %490) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %492 = "stablehlo.broadcast_in_dim"(%arg59) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %493 = "stablehlo.add"(%491, %492) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %494 = "stablehlo.logistic"(%493) : (tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %495 = "stablehlo.multiply"(%493, %494) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %496 = "stablehlo.convolution"(%495, %arg60) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x8x8x32xf32>
    %497 = "stablehlo.broadcast_in_dim"(%arg61) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %498 = "stablehlo.add"(%496, %497) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %499 = "stablehlo.reshape"(%498) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32x1xf32>
    %500 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %501 = "stablehlo.reduce"(%499, %500) ({
    ^bb0(%502: tensor<f32>, %503: tensor<f32>):
        %504 = "stablehlo.add"(%502, %503) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%504) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %505 = "stablehlo.reshape"(%501) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %506 = "stablehlo.divide"(%505, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %507 = "stablehlo.broadcast_in_dim"(%506) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x64x32x1xf32>
    %508 = "stablehlo.subtract"(%499, %507) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %509 = "stablehlo.multiply"(%508, %508) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %510 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %511 = "stablehlo.reduce"(%509, %510) ({
    ^bb0(%512: tensor<f32>, %513: tensor<f32>):
        %514 = "stablehlo.add"(%512, %513) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%514) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %515 = "stablehlo.reshape"(%511) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %516 = "stablehlo.divide"(%515, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %517 = "stablehlo.add"(%516, %22) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %518 = "stablehlo.rsqrt"(%517) : (tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %519 = "stablehlo.broadcast_in_dim"(%518) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x64x32x1xf32>
    %520 = "stablehlo.multiply"(%508, %519) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %521 = "stablehlo.reshape"(%520) : (tensor<4x64x32x1xf32>) -> tensor<4x8x8x32xf32>
    %522 = "stablehlo.broadcast_in_dim"(%arg62) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %523 = "stablehlo.multiply"(%521, %522) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %524 = "stablehlo.broadcast_in_dim"(%arg63) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %525 = "stablehlo.add"(%523, %524) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %526 = "stablehlo.logistic"(%525) : (tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %527 = "stablehlo.multiply"(%525, %526) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %528 = "stablehlo.convolution"(%527, %arg64) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x8x8x32xf32>
    %529 = "stablehlo.broadcast_in_dim"(%arg65) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %530 = "stablehlo.add"(%528, %529) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %531 = "stablehlo.add"(%466, %530) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %532 = "stablehlo.reshape"(%531) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32x1xf32>
    %533 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %534 = "stablehlo.reduce"(%532, %533) ({
    ^bb0(%535: tensor<f32>, %536: tensor<f32>):
        %537 = "stablehlo.add"(%535, %536) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%537) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %538 = "stablehlo.reshape"(%534) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %539 = "stablehlo.divide"(%538, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %540 = "stablehlo.broadcast_in_dim"(%539) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x64x32x1xf32>
    %541 = "stablehlo.subtract"(%532, %540) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %542 = "stablehlo.multiply"(%541, %541) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %543 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %544 = "stablehlo.reduce"(%542, %543) ({
    ^bb0(%545: tensor<f32>, %546: tensor<f32>):
        %547 = "stablehlo.add"(%545, %546) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%547) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %548 = "stablehlo.reshape"(%544) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %549 = "stablehlo.divide"(%548, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %550 = "stablehlo.add"(%549, %22) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %551 = "stablehlo.rsqrt"(%550) : (tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %552 = "stablehlo.broadcast_in_dim"(%551) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x64x32x1xf32>
    %553 = "stablehlo.multiply"(%541, %552) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %554 = "stablehlo.reshape"(%553) : (tensor<4x64x32x1xf32>) -> tensor<4x8x8x32xf32>
    %555 = "stablehlo.broadcast_in_dim"(%arg66) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %556 = "stablehlo.multiply"(%554, %555) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %557 = "stablehlo.broadcast_in_dim"(%arg67) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %558 = "stablehlo.add"(%556, %557) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %559 = "stablehlo.convolution"(%558, %arg68) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<1x1x32x32xf32>) -> tensor<4x8x8x32xf32>
    %560 = "stablehlo.broadcast_in_dim"(%arg69) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %561 = "stablehlo.add"(%559, %560) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %562 = "stablehlo.reshape"(%561) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32xf32>
    %563 = "stablehlo.convolution"(%558, %arg70) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<1x1x32x32xf32>) -> tensor<4x8x8x32xf32>
    %564 = "stablehlo.broadcast_in_dim"(%arg71) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %565 = "stablehlo.add"(%563, %564) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %566 = "stablehlo.reshape"(%565) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32xf32>
    %567 = "stablehlo.convolution"(%558, %arg72) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<1x1x32x32xf32>) -> tensor<4x8x8x32xf32>
    %568 = "stablehlo.broadcast_in_dim"(%arg73) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %569 = "stablehlo.add"(%567, %568) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %570 = "stablehlo.reshape"(%569) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32xf32>
    %571 = "stablehlo.dot_general"(%562, %566) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<4x64x32xf32>, tensor<4x64x32xf32>) -> tensor<4x64x64xf32>
    %572 = "stablehlo.multiply"(%571, %244) : (tensor<4x64x64xf32>, tensor<4x64x64xf32>) -> tensor<4x64x64xf32>
    %573 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %574 = "stablehlo.reduce"(%572, %573) ({
    ^bb0(%575: tensor<f32>, %576: tensor<f32>):
        %577 = "stablehlo.maximum"(%575, %576) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%577) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<4x64x64xf32>, tensor<f32>) -> tensor<4x64xf32>
    %578 = "stablehlo.reshape"(%574) : (tensor<4x64xf32>) -> tensor<4x64x1xf32>
    %579 = "stablehlo.broadcast_in_dim"(%578) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<4x64x1xf32>) -> tensor<4x64x64xf32>
    %580 = "stablehlo.subtract"(%572, %579) : (tensor<4x64x64xf32>, tensor<4x64x64xf32>) -> tensor<4x64x64xf32>
    %581 = "stablehlo.exponential"(%580) : (tensor<4x64x64xf32>) -> tensor<4x64x64xf32>
    %582 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %583 = "stablehlo.reduce"(%581, %582) ({
    ^bb0(%584: tensor<f32>, %585: tensor<f32>):
        %586 = "stablehlo.add"(%584, %585) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%586) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<4x64x64xf32>, tensor<f32>) -> tensor<4x64xf32>
    %587 = "stablehlo.reshape"(%583) : (tensor<4x64xf32>) -> tensor<4x64x1xf32>
    %588 = "stablehlo.broadcast_in_dim"(%587) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<4x64x1xf32>) -> tensor<4x64x64xf32>
    %589 = "stablehlo.divide"(%581, %588) : (tensor<4x64x64xf32>, tensor<4x64x64xf32>) -> tensor<4x64x64xf32>
    %590 = "stablehlo.dot_general"(%589, %570) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<4x64x64xf32>, tensor<4x64x32xf32>) -> tensor<4x64x32xf32>
    %591 = "stablehlo.reshape"(%590) : (tensor<4x64x32xf32>) -> tensor<4x8x8x32xf32>
    %592 = "stablehlo.convolution"(%591, %arg74) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<1x1x32x32xf32>) -> tensor<4x8x8x32xf32>
    %593 = "stablehlo.broadcast_in_dim"(%arg75) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %594 = "stablehlo.add"(%592, %593) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %595 = "stablehlo.add"(%531, %594) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %596 = "stablehlo.reshape"(%595) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32x1xf32>
    %597 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %598 = "stablehlo.reduce"(%596, %597) ({
    ^bb0(%599: tensor<f32>, %600: tensor<f32>):
        %601 = "stablehlo.add"(%599, %600) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%601) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %602 = "stablehlo.reshape"(%598) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %603 = "stablehlo.divide"(%602, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %604 = "stablehlo.broadcast_in_dim"(%603) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x64x32x1xf32>
    %605 = "stablehlo.subtract"(%596, %604) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %606 = "stablehlo.multiply"(%605, %605) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %607 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %608 = "stablehlo.reduce"(%606, %607) ({
    ^bb0(%609: tensor<f32>, %610: tensor<f32>):
        %611 = "stablehlo.add"(%609, %610) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%611) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %612 = "stablehlo.reshape"(%608) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %613 = "stablehlo.divide"(%612, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %614 = "stablehlo.add"(%613, %22) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %615 = "stablehlo.rsqrt"(%614) : (tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %616 = "stablehlo.broadcast_in_dim"(%615) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x64x32x1xf32>
    %617 = "stablehlo.multiply"(%605, %616) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %618 = "stablehlo.reshape"(%617) : (tensor<4x64x32x1xf32>) -> tensor<4x8x8x32xf32>
    %619 = "stablehlo.broadcast_in_dim"(%arg76) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %620 = "stablehlo.multiply"(%618, %619) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %621 = "stablehlo.broadcast_in_dim"(%arg77) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %622 = "stablehlo.add"(%620, %621) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %623 = "stablehlo.logistic"(%622) : (tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %624 = "stablehlo.multiply"(%622, %623) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %625 = "stablehlo.convolution"(%624, %arg78) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x8x8x32xf32>
    %626 = "stablehlo.broadcast_in_dim"(%arg79) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %627 = "stablehlo.add"(%625, %626) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %628 = "stablehlo.reshape"(%627) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32x1xf32>
    %629 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %630 = "stablehlo.reduce"(%628, %629) ({
    ^bb0(%631: tensor<f32>, %632: tensor<f32>):
        %633 = "stablehlo.add"(%631, %632) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%633) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %634 = "stablehlo.reshape"(%630) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %635 = "stablehlo.divide"(%634, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %636 = "stablehlo.broadcast_in_dim"(%635) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x64x32x1xf32>
    %637 = "stablehlo.subtract"(%628, %636) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %638 = "stablehlo.multiply"(%637, %637) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %639 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %640 = "stablehlo.reduce"(%638, %639) ({
    ^bb0(%641: tensor<f32>, %642: tensor<f32>):
        %643 = "stablehlo.add"(%641, %642) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%643) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %644 = "stablehlo.reshape"(%640) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %645 = "stablehlo.divide"(%644, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %646 = "stablehlo.add"(%645, %22) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %647 = "stablehlo.rsqrt"(%646) : (tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %648 = "stablehlo.broadcast_in_dim"(%647) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x64x32x1xf32>
    %649 = "stablehlo.multiply"(%637, %648) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %650 = "stablehlo.reshape"(%649) : (tensor<4x64x32x1xf32>) -> tensor<4x8x8x32xf32>
    %651 = "stablehlo.broadcast_in_dim"(%arg80) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %652 = "stablehlo.multiply"(%650, %651) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %653 = "stablehlo.broadcast_in_dim"(%arg81) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %654 = "stablehlo.add"(%652, %653) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %655 = "stablehlo.logistic"(%654) : (tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %656 = "stablehlo.multiply"(%654, %655) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %657 = "stablehlo.convolution"(%656, %arg82) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x8x8x32xf32>
    %658 = "stablehlo.broadcast_in_dim"(%arg83) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %659 = "stablehlo.add"(%657, %658) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %660 = "stablehlo.add"(%595, %659) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %661 = "stablehlo.reshape"(%660) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32x1xf32>
    %662 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %663 = "stablehlo.reduce"(%661, %662) ({
    ^bb0(%664: tensor<f32>, %665: tensor<f32>):
        %666 = "stablehlo.add"(%664, %665) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%666) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %667 = "stablehlo.reshape"(%663) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %668 = "stablehlo.divide"(%667, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %669 = "stablehlo.broadcast_in_dim"(%668) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x64x32x1xf32>
    %670 = "stablehlo.subtract"(%661, %669) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %671 = "stablehlo.multiply"(%670, %670) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %672 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %673 = "stablehlo.reduce"(%671, %672) ({
    ^bb0(%674: tensor<f32>, %675: tensor<f32>):
        %676 = "stablehlo.add"(%674, %675) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%676) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %677 = "stablehlo.reshape"(%673) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %678 = "stablehlo.divide"(%677, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %679 = "stablehlo.add"(%678, %22) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %680 = "stablehlo.rsqrt"(%679) : (tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %681 = "stablehlo.broadcast_in_dim"(%680) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x64x32x1xf32>
    %682 = "stablehlo.multiply"(%670, %681) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %683 = "stablehlo.reshape"(%682) : (tensor<4x64x32x1xf32>) -> tensor<4x8x8x32xf32>
    %684 = "stablehlo.broadcast_in_dim"(%arg84) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %685 = "stablehlo.multiply"(%683, %684) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %686 = "stablehlo.broadcast_in_dim"(%arg85) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %687 = "stablehlo.add"(%685, %686) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %688 = "stablehlo.logistic"(%687) : (tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %689 = "stablehlo.multiply"(%687, %688) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %690 = "stablehlo.convolution"(%689, %arg86) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x8x8x32xf32>
    %691 = "stablehlo.broadcast_in_dim"(%arg87) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %692 = "stablehlo.add"(%690, %691) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %693 = "stablehlo.reshape"(%692) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32x1xf32>
    %694 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %695 = "stablehlo.reduce"(%693, %694) ({
    ^bb0(%696: tensor<f32>, %697: tensor<f32>):
        %698 = "stablehlo.add"(%696, %697) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%698) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %699 = "stablehlo.reshape"(%695) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %700 = "stablehlo.divide"(%699, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %701 = "stablehlo.broadcast_in_dim"(%700) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x64x32x1xf32>
    %702 = "stablehlo.subtract"(%693, %701) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %703 = "stablehlo.multiply"(%702, %702) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %704 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %705 = "stablehlo.reduce"(%703, %704) ({
    ^bb0(%706: tensor<f32>, %707: tensor<f32>):
        %708 = "stablehlo.add"(%706, %707) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%708) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %709 = "stablehlo.reshape"(%705) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %710 = "stablehlo.divide"(%709, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %711 = "stablehlo.add"(%710, %22) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %712 = "stablehlo.rsqrt"(%711) : (tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %713 = "stablehlo.broadcast_in_dim"(%712) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x64x32x1xf32>
    %714 = "stablehlo.multiply"(%702, %713) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %715 = "stablehlo.reshape"(%714) : (tensor<4x64x32x1xf32>) -> tensor<4x8x8x32xf32>
    %716 = "stablehlo.broadcast_in_dim"(%arg88) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %717 = "stablehlo.multiply"(%715, %716) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %718 = "stablehlo.broadcast_in_dim"(%arg89) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %719 = "stablehlo.add"(%717, %718) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %720 = "stablehlo.logistic"(%719) : (tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %721 = "stablehlo.multiply"(%719, %720) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %722 = "stablehlo.convolution"(%721, %arg90) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x8x8x32xf32>
    %723 = "stablehlo.broadcast_in_dim"(%arg91) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %724 = "stablehlo.add"(%722, %723) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %725 = "stablehlo.add"(%660, %724) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %726 = "stablehlo.reshape"(%725) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32x1xf32>
    %727 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %728 = "stablehlo.reduce"(%726, %727) ({
    ^bb0(%729: tensor<f32>, %730: tensor<f32>):
        %731 = "stablehlo.add"(%729, %730) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%731) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %732 = "stablehlo.reshape"(%728) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %733 = "stablehlo.divide"(%732, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %734 = "stablehlo.broadcast_in_dim"(%733) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x64x32x1xf32>
    %735 = "stablehlo.subtract"(%726, %734) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %736 = "stablehlo.multiply"(%735, %735) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %737 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %738 = "stablehlo.reduce"(%736, %737) ({
    ^bb0(%739: tensor<f32>, %740: tensor<f32>):
        %741 = "stablehlo.add"(%739, %740) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%741) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %742 = "stablehlo.reshape"(%738) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %743 = "stablehlo.divide"(%742, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %744 = "stablehlo.add"(%743, %22) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %745 = "stablehlo.rsqrt"(%744) : (tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %746 = "stablehlo.broadcast_in_dim"(%745) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x64x32x1xf32>
    %747 = "stablehlo.multiply"(%735, %746) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %748 = "stablehlo.reshape"(%747) : (tensor<4x64x32x1xf32>) -> tensor<4x8x8x32xf32>
    %749 = "stablehlo.broadcast_in_dim"(%arg92) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %750 = "stablehlo.multiply"(%748, %749) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %751 = "stablehlo.broadcast_in_dim"(%arg93) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %752 = "stablehlo.add"(%750, %751) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %753 = "stablehlo.logistic"(%752) : (tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %754 = "stablehlo.multiply"(%752, %753) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %755 = "stablehlo.convolution"(%754, %arg94) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x8x8x32xf32>
    %756 = "stablehlo.broadcast_in_dim"(%arg95) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %757 = "stablehlo.add"(%755, %756) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %758 = "stablehlo.reshape"(%757) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32x1xf32>
    %759 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %760 = "stablehlo.reduce"(%758, %759) ({
    ^bb0(%761: tensor<f32>, %762: tensor<f32>):
        %763 = "stablehlo.add"(%761, %762) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%763) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %764 = "stablehlo.reshape"(%760) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %765 = "stablehlo.divide"(%764, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %766 = "stablehlo.broadcast_in_dim"(%765) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x64x32x1xf32>
    %767 = "stablehlo.subtract"(%758, %766) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %768 = "stablehlo.multiply"(%767, %767) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %769 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %770 = "stablehlo.reduce"(%768, %769) ({
    ^bb0(%771: tensor<f32>, %772: tensor<f32>):
        %773 = "stablehlo.add"(%771, %772) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%773) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %774 = "stablehlo.reshape"(%770) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %775 = "stablehlo.divide"(%774, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %776 = "stablehlo.add"(%775, %22) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %777 = "stablehlo.rsqrt"(%776) : (tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %778 = "stablehlo.broadcast_in_dim"(%777) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x64x32x1xf32>
    %779 = "stablehlo.multiply"(%767, %778) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %780 = "stablehlo.reshape"(%779) : (tensor<4x64x32x1xf32>) -> tensor<4x8x8x32xf32>
    %781 = "stablehlo.broadcast_in_dim"(%arg96) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %782 = "stablehlo.multiply"(%780, %781) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %783 = "stablehlo.broadcast_in_dim"(%arg97) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %784 = "stablehlo.add"(%782, %783) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %785 = "stablehlo.logistic"(%784) : (tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %786 = "stablehlo.multiply"(%784, %785) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %787 = "stablehlo.convolution"(%786, %arg98) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x8x8x32xf32>
    %788 = "stablehlo.broadcast_in_dim"(%arg99) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %789 = "stablehlo.add"(%787, %788) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %790 = "stablehlo.add"(%725, %789) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %791 = "stablehlo.broadcast_in_dim"(%790) {broadcast_dimensions = array<i64: 0, 1, 3, 5>} : (tensor<4x8x8x32xf32>) -> tensor<4x8x2x8x2x32xf32>
    %792 = "stablehlo.reshape"(%791) : (tensor<4x8x2x8x2x32xf32>) -> tensor<4x16x16x32xf32>
    %793 = "stablehlo.convolution"(%792, %arg100) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x16x16x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x16x16x32xf32>
    %794 = "stablehlo.broadcast_in_dim"(%arg101) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
    %795 = "stablehlo.add"(%793, %794) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %796 = "stablehlo.reshape"(%795) : (tensor<4x16x16x32xf32>) -> tensor<4x256x32x1xf32>
    %797 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %798 = "stablehlo.reduce"(%796, %797) ({
    ^bb0(%799: tensor<f32>, %800: tensor<f32>):
        %801 = "stablehlo.add"(%799, %800) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%801) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x256x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %802 = "stablehlo.reshape"(%798) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %803 = "stablehlo.divide"(%802, %10) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %804 = "stablehlo.broadcast_in_dim"(%803) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x256x32x1xf32>
    %805 = "stablehlo.subtract"(%796, %804) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %806 = "stablehlo.multiply"(%805, %805) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %807 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %808 = "stablehlo.reduce"(%806, %807) ({
    ^bb0(%809: tensor<f32>, %810: tensor<f32>):
        %811 = "stablehlo.add"(%809, %810) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%811) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x256x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %812 = "stablehlo.reshape"(%808) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %813 = "stablehlo.divide"(%812, %10) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %814 = "stablehlo.add"(%813, %22) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %815 = "stablehlo.rsqrt"(%814) : (tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %816 = "stablehlo.broadcast_in_dim"(%815) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x256x32x1xf32>
    %817 = "stablehlo.multiply"(%805, %816) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %818 = "stablehlo.reshape"(%817) : (tensor<4x256x32x1xf32>) -> tensor<4x16x16x32xf32>
    %819 = "stablehlo.broadcast_in_dim"(%arg102) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
    %820 = "stablehlo.multiply"(%818, %819) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %821 = "stablehlo.broadcast_in_dim"(%arg103) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
    %822 = "stablehlo.add"(%820, %821) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %823 = "stablehlo.logistic"(%822) : (tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %824 = "stablehlo.multiply"(%822, %823) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %825 = "stablehlo.convolution"(%824, %arg104) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x16x16x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x16x16x32xf32>
    %826 = "stablehlo.broadcast_in_dim"(%arg105) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
    %827 = "stablehlo.add"(%825, %826) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %828 = "stablehlo.reshape"(%827) : (tensor<4x16x16x32xf32>) -> tensor<4x256x32x1xf32>
    %829 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %830 = "stablehlo.reduce"(%828, %829) ({
    ^bb0(%831: tensor<f32>, %832: tensor<f32>):
        %833 = "stablehlo.add"(%831, %832) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%833) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x256x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %834 = "stablehlo.reshape"(%830) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %835 = "stablehlo.divide"(%834, %10) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %836 = "stablehlo.broadcast_in_dim"(%835) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x256x32x1xf32>
    %837 = "stablehlo.subtract"(%828, %836) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %838 = "stablehlo.multiply"(%837, %837) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %839 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %840 = "stablehlo.reduce"(%838, %839) ({
    ^bb0(%841: tensor<f32>, %842: tensor<f32>):
        %843 = "stablehlo.add"(%841, %842) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%843) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x256x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %844 = "stablehlo.reshape"(%840) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %845 = "stablehlo.divide"(%844, %10) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %846 = "stablehlo.add"(%845, %22) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %847 = "stablehlo.rsqrt"(%846) : (tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %848 = "stablehlo.broadcast_in_dim"(%847) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x256x32x1xf32>
    %849 = "stablehlo.multiply"(%837, %848) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %850 = "stablehlo.reshape"(%849) : (tensor<4x256x32x1xf32>) -> tensor<4x16x16x32xf32>
    %851 = "stablehlo.broadcast_in_dim"(%arg106) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
    %852 = "stablehlo.multiply"(%850, %851) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %853 = "stablehlo.broadcast_in_dim"(%arg107) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
    %854 = "stablehlo.add"(%852, %853) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %855 = "stablehlo.logistic"(%854) : (tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %856 = "stablehlo.multiply"(%854, %855) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %857 = "stablehlo.convolution"(%856, %arg108) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x16x16x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x16x16x32xf32>
    %858 = "stablehlo.broadcast_in_dim"(%arg109) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
    %859 = "stablehlo.add"(%857, %858) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %860 = "stablehlo.add"(%795, %859) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %861 = "stablehlo.reshape"(%860) : (tensor<4x16x16x32xf32>) -> tensor<4x256x32x1xf32>
    %862 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %863 = "stablehlo.reduce"(%861, %862) ({
    ^bb0(%864: tensor<f32>, %865: tensor<f32>):
        %866 = "stablehlo.add"(%864, %865) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%866) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x256x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %867 = "stablehlo.reshape"(%863) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %868 = "stablehlo.divide"(%867, %10) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %869 = "stablehlo.broadcast_in_dim"(%868) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x256x32x1xf32>
    %870 = "stablehlo.subtract"(%861, %869) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %871 = "stablehlo.multiply"(%870, %870) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %872 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %873 = "stablehlo.reduce"(%871, %872) ({
    ^bb0(%874: tensor<f32>, %875: tensor<f32>):
        %876 = "stablehlo.add"(%874, %875) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%876) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x256x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %877 = "stablehlo.reshape"(%873) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %878 = "stablehlo.divide"(%877, %10) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %879 = "stablehlo.add"(%878, %22) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %880 = "stablehlo.rsqrt"(%879) : (tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %881 = "stablehlo.broadcast_in_dim"(%880) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x256x32x1xf32>
    %882 = "stablehlo.multiply"(%870, %881) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %883 = "stablehlo.reshape"(%882) : (tensor<4x256x32x1xf32>) -> tensor<4x16x16x32xf32>
    %884 = "stablehlo.broadcast_in_dim"(%arg110) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
    %885 = "stablehlo.multiply"(%883, %884) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %886 = "stablehlo.broadcast_in_dim"(%arg111) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
    %887 = "stablehlo.add"(%885, %886) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %888 = "stablehlo.logistic"(%887) : (tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %889 = "stablehlo.multiply"(%887, %888) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %890 = "stablehlo.convolution"(%889, %arg112) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x16x16x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x16x16x32xf32>
    %891 = "stablehlo.broadcast_in_dim"(%arg113) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
    %892 = "stablehlo.add"(%890, %891) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %893 = "stablehlo.reshape"(%892) : (tensor<4x16x16x32xf32>) -> tensor<4x256x32x1xf32>
    %894 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %895 = "stablehlo.reduce"(%893, %894) ({
    ^bb0(%896: tensor<f32>, %897: tensor<f32>):
        %898 = "stablehlo.add"(%896, %897) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%898) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x256x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %899 = "stablehlo.reshape"(%895) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %900 = "stablehlo.divide"(%899, %10) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %901 = "stablehlo.broadcast_in_dim"(%900) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x256x32x1xf32>
    %902 = "stablehlo.subtract"(%893, %901) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %903 = "stablehlo.multiply"(%902, %902) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %904 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %905 = "stablehlo.reduce"(%903, %904) ({
    ^bb0(%906: tensor<f32>, %907: tensor<f32>):
        %908 = "stablehlo.add"(%906, %907) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%908) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x256x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %909 = "stablehlo.reshape"(%905) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %910 = "stablehlo.divide"(%909, %10) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %911 = "stablehlo.add"(%910, %22) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %912 = "stablehlo.rsqrt"(%911) : (tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %913 = "stablehlo.broadcast_in_dim"(%912) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x256x32x1xf32>
    %914 = "stablehlo.multiply"(%902, %913) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %915 = "stablehlo.reshape"(%914) : (tensor<4x256x32x1xf32>) -> tensor<4x16x16x32xf32>
    %916 = "stablehlo.broadcast_in_dim"(%arg114) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
    %917 = "stablehlo.multiply"(%915, %916) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %918 = "stablehlo.broadcast_in_dim"(%arg115) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
    %919 = "stablehlo.add"(%917, %918) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %920 = "stablehlo.logistic"(%919) : (tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %921 = "stablehlo.multiply"(%919, %920) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %922 = "stablehlo.convolution"(%921, %arg116) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x16x16x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x16x16x32xf32>
    %923 = "stablehlo.broadcast_in_dim"(%arg117) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
    %924 = "stablehlo.add"(%922, %923) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %925 = "stablehlo.add"(%860, %924) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %926 = "stablehlo.reshape"(%925) : (tensor<4x16x16x32xf32>) -> tensor<4x256x32x1xf32>
    %927 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %928 = "stablehlo.reduce"(%926, %927) ({
    ^bb0(%929: tensor<f32>, %930: tensor<f32>):
        %931 = "stablehlo.add"(%929, %930) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%931) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x256x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %932 = "stablehlo.reshape"(%928) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %933 = "stablehlo.divide"(%932, %10) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %934 = "stablehlo.broadcast_in_dim"(%933) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x256x32x1xf32>
    %935 = "stablehlo.subtract"(%926, %934) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %936 = "stablehlo.multiply"(%935, %935) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %937 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %938 = "stablehlo.reduce"(%936, %937) ({
    ^bb0(%939: tensor<f32>, %940: tensor<f32>):
        %941 = "stablehlo.add"(%939, %940) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%941) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x256x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %942 = "stablehlo.reshape"(%938) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %943 = "stablehlo.divide"(%942, %10) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %944 = "stablehlo.add"(%943, %22) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %945 = "stablehlo.rsqrt"(%944) : (tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %946 = "stablehlo.broadcast_in_dim"(%945) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x256x32x1xf32>
    %947 = "stablehlo.multiply"(%935, %946) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %948 = "stablehlo.reshape"(%947) : (tensor<4x256x32x1xf32>) -> tensor<4x16x16x32xf32>
    %949 = "stablehlo.broadcast_in_dim"(%arg118) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
    %950 = "stablehlo.multiply"(%948, %949) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %951 = "stablehlo.broadcast_in_dim"(%arg119) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
    %952 = "stablehlo.add"(%950, %951) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %953 = "stablehlo.logistic"(%952) : (tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %954 = "stablehlo.multiply"(%952, %953) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %955 = "stablehlo.convolution"(%954, %arg120) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x16x16x32xf32>, tensor<3x3x32x3xf32>) -> tensor<4x16x16x3xf32>
    %956 = "stablehlo.broadcast_in_dim"(%arg121) {broadcast_dimensions = array<i64: 3>} : (tensor<3xf32>) -> tensor<4x16x16x3xf32>
    %957 = "stablehlo.add"(%955, %956) : (tensor<4x16x16x3xf32>, tensor<4x16x16x3xf32>) -> tensor<4x16x16x3xf32>
    %958 = "stablehlo.convolution"(%957, %arg122) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x16x16x3xf32>, tensor<1x1x3x8xf32>) -> tensor<4x16x16x8xf32>
    %959 = "stablehlo.broadcast_in_dim"(%arg123) {broadcast_dimensions = array<i64: 3>} : (tensor<8xf32>) -> tensor<4x16x16x8xf32>
    %960 = "stablehlo.add"(%958, %959) : (tensor<4x16x16x8xf32>, tensor<4x16x16x8xf32>) -> tensor<4x16x16x8xf32>
    %961 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %962 = "stablehlo.broadcast_in_dim"(%961) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x16x16x8xf32>
    %963 = "stablehlo.compare"(%960, %962) {comparison_direction = #stablehlo<comparison_direction GE>} : (tensor<4x16x16x8xf32>, tensor<4x16x16x8xf32>) -> tensor<4x16x16x8xi1>
    %964 = "stablehlo.constant"() {value = dense<0.01> : tensor<4x16x16x8xf32>} : () -> tensor<4x16x16x8xf32>
    %965 = "stablehlo.multiply"(%960, %964) : (tensor<4x16x16x8xf32>, tensor<4x16x16x8xf32>) -> tensor<4x16x16x8xf32>
    %966 = "stablehlo.select"(%963, %960, %965) : (tensor<4x16x16x8xi1>, tensor<4x16x16x8xf32>, tensor<4x16x16x8xf32>) -> tensor<4x16x16x8xf32>
    %967 = "stablehlo.convolution"(%966, %arg124) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x16x16x8xf32>, tensor<3x3x8x32xf32>) -> tensor<4x16x16x32xf32>
    %968 = "stablehlo.broadcast_in_dim"(%arg125) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
    %969 = "stablehlo.add"(%967, %968) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %970 = "stablehlo.broadcast_in_dim"(%961) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x16x16x32xf32>
    %971 = "stablehlo.compare"(%969, %970) {comparison_direction = #stablehlo<comparison_direction GE>} : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xi1>
    %972 = "stablehlo.constant"() {value = dense<0.01> : tensor<4x16x16x32xf32>} : () -> tensor<4x16x16x32xf32>
    %973 = "stablehlo.multiply"(%969, %972) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %974 = "stablehlo.select"(%971, %969, %973) : (tensor<4x16x16x32xi1>, tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %975 = "stablehlo.pad"(%974, %961) {edge_padding_low = array<i64: 0, 2, 2, 0>, edge_padding_high = array<i64: 0, 2, 2, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x16x16x32xf32>, tensor<f32>) -> tensor<4x20x20x32xf32>
    %976 = "stablehlo.slice"(%975) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 4, 17, 20, 32>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x20x20x32xf32>) -> tensor<4x17x20x32xf32>
    %977 = "stablehlo.constant"() {value = dense<0.125> : tensor<4x17x20x32xf32>} : () -> tensor<4x17x20x32xf32>
    %978 = "stablehlo.multiply"(%976, %977) : (tensor<4x17x20x32xf32>, tensor<4x17x20x32xf32>) -> tensor<4x17x20x32xf32>
    %979 = "stablehlo.slice"(%975) {start_indices = array<i64: 0, 1, 0, 0>, limit_indices = array<i64: 4, 18, 20, 32>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x20x20x32xf32>) -> tensor<4x17x20x32xf32>
    %980 = "stablehlo.constant"() {value = dense<0.375> : tensor<4x17x20x32xf32>} : () -> tensor<4x17x20x32xf32>
    %981 = "stablehlo.multiply"(%979, %980) : (tensor<4x17x20x32xf32>, tensor<4x17x20x32xf32>) -> tensor<4x17x20x32xf32>
    %982 = "stablehlo.add"(%978, %981) : (tensor<4x17x20x32xf32>, tensor<4x17x20x32xf32>) -> tensor<4x17x20x32xf32>
    %983 = "stablehlo.slice"(%975) {start_indices = array<i64: 0, 2, 0, 0>, limit_indices = array<i64: 4, 19, 20, 32>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x20x20x32xf32>) -> tensor<4x17x20x32xf32>
    %984 = "stablehlo.multiply"(%983, %980) : (tensor<4x17x20x32xf32>, tensor<4x17x20x32xf32>) -> tensor<4x17x20x32xf32>
    %985 = "stablehlo.add"(%982, %984) : (tensor<4x17x20x32xf32>, tensor<4x17x20x32xf32>) -> tensor<4x17x20x32xf32>
    %986 = "stablehlo.slice"(%975) {start_indices = array<i64: 0, 3, 0, 0>, limit_indices = array<i64: 4, 20, 20, 32>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x20x20x32xf32>) -> tensor<4x17x20x32xf32>
    %987 = "stablehlo.multiply"(%986, %977) : (tensor<4x17x20x32xf32>, tensor<4x17x20x32xf32>) -> tensor<4x17x20x32xf32>
    %988 = "stablehlo.add"(%985, %987) : (tensor<4x17x20x32xf32>, tensor<4x17x20x32xf32>) -> tensor<4x17x20x32xf32>
    %989 = "stablehlo.slice"(%988) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 4, 17, 17, 32>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x17x20x32xf32>) -> tensor<4x17x17x32xf32>
    %990 = "stablehlo.constant"() {value = dense<0.125> : tensor<4x17x17x32xf32>} : () -> tensor<4x17x17x32xf32>
    %991 = "stablehlo.multiply"(%989, %990) : (tensor<4x17x17x32xf32>, tensor<4x17x17x32xf32>) -> tensor<4x17x17x32xf32>
    %992 = "stablehlo.slice"(%988) {start_indices = array<i64: 0, 0, 1, 0>, limit_indices = array<i64: 4, 17, 18, 32>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x17x20x32xf32>) -> tensor<4x17x17x32xf32>
    %993 = "stablehlo.constant"() {value = dense<0.375> : tensor<4x17x17x32xf32>} : () -> tensor<4x17x17x32xf32>
    %994 = "stablehlo.multiply"(%992, %993) : (tensor<4x17x17x32xf32>, tensor<4x17x17x32xf32>) -> tensor<4x17x17x32xf32>
    %995 = "stablehlo.add"(%991, %994) : (tensor<4x17x17x32xf32>, tensor<4x17x17x32xf32>) -> tensor<4x17x17x32xf32>
    %996 = "stablehlo.slice"(%988) {start_indices = array<i64: 0, 0, 2, 0>, limit_indices = array<i64: 4, 17, 19, 32>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x17x20x32xf32>) -> tensor<4x17x17x32xf32>
    %997 = "stablehlo.multiply"(%996, %993) : (tensor<4x17x17x32xf32>, tensor<4x17x17x32xf32>) -> tensor<4x17x17x32xf32>
    %998 = "stablehlo.add"(%995, %997) : (tensor<4x17x17x32xf32>, tensor<4x17x17x32xf32>) -> tensor<4x17x17x32xf32>
    %999 = "stablehlo.slice"(%988) {start_indices = array<i64: 0, 0, 3, 0>, limit_indices = array<i64: 4, 17, 20, 32>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x17x20x32xf32>) -> tensor<4x17x17x32xf32>
    %1000 = "stablehlo.multiply"(%999, %990) : (tensor<4x17x17x32xf32>, tensor<4x17x17x32xf32>) -> tensor<4x17x17x32xf32>
    %1001 = "stablehlo.add"(%998, %1000) : (tensor<4x17x17x32xf32>, tensor<4x17x17x32xf32>) -> tensor<4x17x17x32xf32>
    %1002 = "stablehlo.convolution"(%1001, %arg126) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 2, 2>} : (tensor<4x17x17x32xf32>, tensor<3x3x32x16xf32>) -> tensor<4x8x8x16xf32>
    %1003 = "stablehlo.broadcast_in_dim"(%arg127) {broadcast_dimensions = array<i64: 3>} : (tensor<16xf32>) -> tensor<4x8x8x16xf32>
    %1004 = "stablehlo.add"(%1002, %1003) : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %1005 = "stablehlo.broadcast_in_dim"(%961) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x8x8x16xf32>
    %1006 = "stablehlo.compare"(%1004, %1005) {comparison_direction = #stablehlo<comparison_direction GE>} : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xi1>
    %1007 = "stablehlo.constant"() {value = dense<0.01> : tensor<4x8x8x16xf32>} : () -> tensor<4x8x8x16xf32>
    %1008 = "stablehlo.multiply"(%1004, %1007) : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %1009 = "stablehlo.select"(%1006, %1004, %1008) : (tensor<4x8x8x16xi1>, tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %1010 = "stablehlo.pad"(%966, %961) {edge_padding_low = array<i64: 0, 1, 1, 0>, edge_padding_high = array<i64: 0, 1, 1, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x16x16x8xf32>, tensor<f32>) -> tensor<4x18x18x8xf32>
    %1011 = "stablehlo.slice"(%1010) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 4, 15, 18, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x18x18x8xf32>) -> tensor<4x15x18x8xf32>
    %1012 = "stablehlo.constant"() {value = dense<0.125> : tensor<4x15x18x8xf32>} : () -> tensor<4x15x18x8xf32>
    %1013 = "stablehlo.multiply"(%1011, %1012) : (tensor<4x15x18x8xf32>, tensor<4x15x18x8xf32>) -> tensor<4x15x18x8xf32>
    %1014 = "stablehlo.slice"(%1010) {start_indices = array<i64: 0, 1, 0, 0>, limit_indices = array<i64: 4, 16, 18, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x18x18x8xf32>) -> tensor<4x15x18x8xf32>
    %1015 = "stablehlo.constant"() {value = dense<0.375> : tensor<4x15x18x8xf32>} : () -> tensor<4x15x18x8xf32>
    %1016 = "stablehlo.multiply"(%1014, %1015) : (tensor<4x15x18x8xf32>, tensor<4x15x18x8xf32>) -> tensor<4x15x18x8xf32>
    %1017 = "stablehlo.add"(%1013, %1016) : (tensor<4x15x18x8xf32>, tensor<4x15x18x8xf32>) -> tensor<4x15x18x8xf32>
    %1018 = "stablehlo.slice"(%1010) {start_indices = array<i64: 0, 2, 0, 0>, limit_indices = array<i64: 4, 17, 18, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x18x18x8xf32>) -> tensor<4x15x18x8xf32>
    %1019 = "stablehlo.multiply"(%1018, %1015) : (tensor<4x15x18x8xf32>, tensor<4x15x18x8xf32>) -> tensor<4x15x18x8xf32>
    %1020 = "stablehlo.add"(%1017, %1019) : (tensor<4x15x18x8xf32>, tensor<4x15x18x8xf32>) -> tensor<4x15x18x8xf32>
    %1021 = "stablehlo.slice"(%1010) {start_indices = array<i64: 0, 3, 0, 0>, limit_indices = array<i64: 4, 18, 18, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x18x18x8xf32>) -> tensor<4x15x18x8xf32>
    %1022 = "stablehlo.multiply"(%1021, %1012) : (tensor<4x15x18x8xf32>, tensor<4x15x18x8xf32>) -> tensor<4x15x18x8xf32>
    %1023 = "stablehlo.add"(%1020, %1022) : (tensor<4x15x18x8xf32>, tensor<4x15x18x8xf32>) -> tensor<4x15x18x8xf32>
    %1024 = "stablehlo.slice"(%1023) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 4, 15, 15, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x15x18x8xf32>) -> tensor<4x15x15x8xf32>
    %1025 = "stablehlo.constant"() {value = dense<0.125> : tensor<4x15x15x8xf32>} : () -> tensor<4x15x15x8xf32>
    %1026 = "stablehlo.multiply"(%1024, %1025) : (tensor<4x15x15x8xf32>, tensor<4x15x15x8xf32>) -> tensor<4x15x15x8xf32>
    %1027 = "stablehlo.slice"(%1023) {start_indices = array<i64: 0, 0, 1, 0>, limit_indices = array<i64: 4, 15, 16, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x15x18x8xf32>) -> tensor<4x15x15x8xf32>
    %1028 = "stablehlo.constant"() {value = dense<0.375> : tensor<4x15x15x8xf32>} : () -> tensor<4x15x15x8xf32>
    %1029 = "stablehlo.multiply"(%1027, %1028) : (tensor<4x15x15x8xf32>, tensor<4x15x15x8xf32>) -> tensor<4x15x15x8xf32>
    %1030 = "stablehlo.add"(%1026, %1029) : (tensor<4x15x15x8xf32>, tensor<4x15x15x8xf32>) -> tensor<4x15x15x8xf32>
    %1031 = "stablehlo.slice"(%1023) {start_indices = array<i64: 0, 0, 2, 0>, limit_indices = array<i64: 4, 15, 17, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x15x18x8xf32>) -> tensor<4x15x15x8xf32>
    %1032 = "stablehlo.multiply"(%1031, %1028) : (tensor<4x15x15x8xf32>, tensor<4x15x15x8xf32>) -> tensor<4x15x15x8xf32>
    %1033 = "stablehlo.add"(%1030, %1032) : (tensor<4x15x15x8xf32>, tensor<4x15x15x8xf32>) -> tensor<4x15x15x8xf32>
    %1034 = "stablehlo.slice"(%1023) {start_indices = array<i64: 0, 0, 3, 0>, limit_indices = array<i64: 4, 15, 18, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x15x18x8xf32>) -> tensor<4x15x15x8xf32>
    %1035 = "stablehlo.multiply"(%1034, %1025) : (tensor<4x15x15x8xf32>, tensor<4x15x15x8xf32>) -> tensor<4x15x15x8xf32>
    %1036 = "stablehlo.add"(%1033, %1035) : (tensor<4x15x15x8xf32>, tensor<4x15x15x8xf32>) -> tensor<4x15x15x8xf32>
    %1037 = "stablehlo.convolution"(%1036, %arg128) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 2, 2>} : (tensor<4x15x15x8xf32>, tensor<1x1x8x16xf32>) -> tensor<4x8x8x16xf32>
    %1038 = "stablehlo.broadcast_in_dim"(%arg129) {broadcast_dimensions = array<i64: 3>} : (tensor<16xf32>) -> tensor<4x8x8x16xf32>
    %1039 = "stablehlo.add"(%1037, %1038) : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %1040 = "stablehlo.add"(%1009, %1039) : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %1041 = "stablehlo.constant"() {value = dense<0.70710677> : tensor<4x8x8x16xf32>} : () -> tensor<4x8x8x16xf32>
    %1042 = "stablehlo.multiply"(%1040, %1041) : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %1043 = "stablehlo.convolution"(%1042, %arg130) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x16xf32>, tensor<3x3x16x64xf32>) -> tensor<4x8x8x64xf32>
    %1044 = "stablehlo.broadcast_in_dim"(%arg131) {broadcast_dimensions = array<i64: 3>} : (tensor<64xf32>) -> tensor<4x8x8x64xf32>
    %1045 = "stablehlo.add"(%1043, %1044) : (tensor<4x8x8x64xf32>, tensor<4x8x8x64xf32>) -> tensor<4x8x8x64xf32>
    %1046 = "stablehlo.broadcast_in_dim"(%961) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x8x8x64xf32>
    %1047 = "stablehlo.compare"(%1045, %1046) {comparison_direction = #stablehlo<comparison_direction GE>} : (tensor<4x8x8x64xf32>, tensor<4x8x8x64xf32>) -> tensor<4x8x8x64xi1>
    %1048 = "stablehlo.constant"() {value = dense<0.01> : tensor<4x8x8x64xf32>} : () -> tensor<4x8x8x64xf32>
    %1049 = "stablehlo.multiply"(%1045, %1048) : (tensor<4x8x8x64xf32>, tensor<4x8x8x64xf32>) -> tensor<4x8x8x64xf32>
    %1050 = "stablehlo.select"(%1047, %1045, %1049) : (tensor<4x8x8x64xi1>, tensor<4x8x8x64xf32>, tensor<4x8x8x64xf32>) -> tensor<4x8x8x64xf32>
    %1051 = "stablehlo.pad"(%1050, %961) {edge_padding_low = array<i64: 0, 2, 2, 0>, edge_padding_high = array<i64: 0, 2, 2, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x8x8x64xf32>, tensor<f32>) -> tensor<4x12x12x64xf32>
    %1052 = "stablehlo.slice"(%1051) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 4, 9, 12, 64>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x12x12x64xf32>) -> tensor<4x9x12x64xf32>
    %1053 = "stablehlo.constant"() {value = dense<0.125> : tensor<4x9x12x64xf32>} : () -> tensor<4x9x12x64xf32>
    %1054 = "stablehlo.multiply"(%1052, %1053) : (tensor<4x9x12x64xf32>, tensor<4x9x12x64xf32>) -> tensor<4x9x12x64xf32>
    %1055 = "stablehlo.slice"(%1051) {start_indices = array<i64: 0, 1, 0, 0>, limit_indices = array<i64: 4, 10, 12, 64>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x12x12x64xf32>) -> tensor<4x9x12x64xf32>
    %1056 = "stablehlo.constant"() {value = dense<0.375> : tensor<4x9x12x64xf32>} : () -> tensor<4x9x12x64xf32>
    %1057 = "stablehlo.multiply"(%1055, %1056) : (tensor<4x9x12x64xf32>, tensor<4x9x12x64xf32>) -> tensor<4x9x12x64xf32>
    %1058 = "stablehlo.add"(%1054, %1057) : (tensor<4x9x12x64xf32>, tensor<4x9x12x64xf32>) -> tensor<4x9x12x64xf32>
    %1059 = "stablehlo.slice"(%1051) {start_indices = array<i64: 0, 2, 0, 0>, limit_indices = array<i64: 4, 11, 12, 64>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x12x12x64xf32>) -> tensor<4x9x12x64xf32>
    %1060 = "stablehlo.multiply"(%1059, %1056) : (tensor<4x9x12x64xf32>, tensor<4x9x12x64xf32>) -> tensor<4x9x12x64xf32>
    %1061 = "stablehlo.add"(%1058, %1060) : (tensor<4x9x12x64xf32>, tensor<4x9x12x64xf32>) -> tensor<4x9x12x64xf32>
    %1062 = "stablehlo.slice"(%1051) {start_indices = array<i64: 0, 3, 0, 0>, limit_indices = array<i64: 4, 12, 12, 64>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x12x12x64xf32>) -> tensor<4x9x12x64xf32>
    %1063 = "stablehlo.multiply"(%1062, %1053) : (tensor<4x9x12x64xf32>, tensor<4x9x12x64xf32>) -> tensor<4x9x12x64xf32>
    %1064 = "stablehlo.add"(%1061, %1063) : (tensor<4x9x12x64xf32>, tensor<4x9x12x64xf32>) -> tensor<4x9x12x64xf32>
    %1065 = "stablehlo.slice"(%1064) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 4, 9, 9, 64>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x9x12x64xf32>) -> tensor<4x9x9x64xf32>
    %1066 = "stablehlo.constant"() {value = dense<0.125> : tensor<4x9x9x64xf32>} : () -> tensor<4x9x9x64xf32>
    %1067 = "stablehlo.multiply"(%1065, %1066) : (tensor<4x9x9x64xf32>, tensor<4x9x9x64xf32>) -> tensor<4x9x9x64xf32>
    %1068 = "stablehlo.slice"(%1064) {start_indices = array<i64: 0, 0, 1, 0>, limit_indices = array<i64: 4, 9, 10, 64>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x9x12x64xf32>) -> tensor<4x9x9x64xf32>
    %1069 = "stablehlo.constant"() {value = dense<0.375> : tensor<4x9x9x64xf32>} : () -> tensor<4x9x9x64xf32>
    %1070 = "stablehlo.multiply"(%1068, %1069) : (tensor<4x9x9x64xf32>, tensor<4x9x9x64xf32>) -> tensor<4x9x9x64xf32>
    %1071 = "stablehlo.add"(%1067, %1070) : (tensor<4x9x9x64xf32>, tensor<4x9x9x64xf32>) -> tensor<4x9x9x64xf32>
    %1072 = "stablehlo.slice"(%1064) {start_indices = array<i64: 0, 0, 2, 0>, limit_indices = array<i64: 4, 9, 11, 64>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x9x12x64xf32>) -> tensor<4x9x9x64xf32>
    %1073 = "stablehlo.multiply"(%1072, %1069) : (tensor<4x9x9x64xf32>, tensor<4x9x9x64xf32>) -> tensor<4x9x9x64xf32>
    %1074 = "stablehlo.add"(%1071, %1073) : (tensor<4x9x9x64xf32>, tensor<4x9x9x64xf32>) -> tensor<4x9x9x64xf32>
    %1075 = "stablehlo.slice"(%1064) {start_indices = array<i64: 0, 0, 3, 0>, limit_indices = array<i64: 4, 9, 12, 64>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x9x12x64xf32>) -> tensor<4x9x9x64xf32>
    %1076 = "stablehlo.multiply"(%1075, %1066) : (tensor<4x9x9x64xf32>, tensor<4x9x9x64xf32>) -> tensor<4x9x9x64xf32>
    %1077 = "stablehlo.add"(%1074, %1076) : (tensor<4x9x9x64xf32>, tensor<4x9x9x64xf32>) -> tensor<4x9x9x64xf32>
    %1078 = "stablehlo.convolution"(%1077, %arg132) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 2, 2>} : (tensor<4x9x9x64xf32>, tensor<3x3x64x32xf32>) -> tensor<4x4x4x32xf32>
    %1079 = "stablehlo.broadcast_in_dim"(%arg133) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x4x4x32xf32>
    %1080 = "stablehlo.add"(%1078, %1079) : (tensor<4x4x4x32xf32>, tensor<4x4x4x32xf32>) -> tensor<4x4x4x32xf32>
    %1081 = "stablehlo.broadcast_in_dim"(%961) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x4x4x32xf32>
    %1082 = "stablehlo.compare"(%1080, %1081) {comparison_direction = #stablehlo<comparison_direction GE>} : (tensor<4x4x4x32xf32>, tensor<4x4x4x32xf32>) -> tensor<4x4x4x32xi1>
    %1083 = "stablehlo.constant"() {value = dense<0.01> : tensor<4x4x4x32xf32>} : () -> tensor<4x4x4x32xf32>
    %1084 = "stablehlo.multiply"(%1080, %1083) : (tensor<4x4x4x32xf32>, tensor<4x4x4x32xf32>) -> tensor<4x4x4x32xf32>
    %1085 = "stablehlo.select"(%1082, %1080, %1084) : (tensor<4x4x4x32xi1>, tensor<4x4x4x32xf32>, tensor<4x4x4x32xf32>) -> tensor<4x4x4x32xf32>
    %1086 = "stablehlo.pad"(%1042, %961) {edge_padding_low = array<i64: 0, 1, 1, 0>, edge_padding_high = array<i64: 0, 1, 1, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x8x8x16xf32>, tensor<f32>) -> tensor<4x10x10x16xf32>
    %1087 = "stablehlo.slice"(%1086) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 4, 7, 10, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x10x10x16xf32>) -> tensor<4x7x10x16xf32>
    %1088 = "stablehlo.constant"() {value = dense<0.125> : tensor<4x7x10x16xf32>} : () -> tensor<4x7x10x16xf32>
    %1089 = "stablehlo.multiply"(%1087, %1088) : (tensor<4x7x10x16xf32>, tensor<4x7x10x16xf32>) -> tensor<4x7x10x16xf32>
    %1090 = "stablehlo.slice"(%1086) {start_indices = array<i64: 0, 1, 0, 0>, limit_indices = array<i64: 4, 8, 10, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x10x10x16xf32>) -> tensor<4x7x10x16xf32>
    %1091 = "stablehlo.constant"() {value = dense<0.375> : tensor<4x7x10x16xf32>} : () -> tensor<4x7x10x16xf32>
    %1092 = "stablehlo.multiply"(%1090, %1091) : (tensor<4x7x10x16xf32>, tensor<4x7x10x16xf32>) -> tensor<4x7x10x16xf32>
    %1093 = "stablehlo.add"(%1089, %1092) : (tensor<4x7x10x16xf32>, tensor<4x7x10x16xf32>) -> tensor<4x7x10x16xf32>
    %1094 = "stablehlo.slice"(%1086) {start_indices = array<i64: 0, 2, 0, 0>, limit_indices = array<i64: 4, 9, 10, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x10x10x16xf32>) -> tensor<4x7x10x16xf32>
    %1095 = "stablehlo.multiply"(%1094, %1091) : (tensor<4x7x10x16xf32>, tensor<4x7x10x16xf32>) -> tensor<4x7x10x16xf32>
    %1096 = "stablehlo.add"(%1093, %1095) : (tensor<4x7x10x16xf32>, tensor<4x7x10x16xf32>) -> tensor<4x7x10x16xf32>
    %1097 = "stablehlo.slice"(%1086) {start_indices = array<i64: 0, 3, 0, 0>, limit_indices = array<i64: 4, 10, 10, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x10x10x16xf32>) -> tensor<4x7x10x16xf32>
    %1098 = "stablehlo.multiply"(%1097, %1088) : (tensor<4x7x10x16xf32>, tensor<4x7x10x16xf32>) -> tensor<4x7x10x16xf32>
    %1099 = "stablehlo.add"(%1096, %1098) : (tensor<4x7x10x16xf32>, tensor<4x7x10x16xf32>) -> tensor<4x7x10x16xf32>
    %1100 = "stablehlo.slice"(%1099) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 4, 7, 7, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x7x10x16xf32>) -> tensor<4x7x7x16xf32>
    %1101 = "stablehlo.constant"() {value = dense<0.125> : tensor<4x7x7x16xf32>} : () -> tensor<4x7x7x16xf32>
    %1102 = "stablehlo.multiply"(%1100, %1101) : (tensor<4x7x7x16xf32>, tensor<4x7x7x16xf32>) -> tensor<4x7x7x16xf32>
    %1103 = "stablehlo.slice"(%1099) {start_indices = array<i64: 0, 0, 1, 0>, limit_indices = array<i64: 4, 7, 8, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x7x10x16xf32>) -> tensor<4x7x7x16xf32>
    %1104 = "stablehlo.constant"() {value = dense<0.375> : tensor<4x7x7x16xf32>} : () -> tensor<4x7x7x16xf32>
    %1105 = "stablehlo.multiply"(%1103, %1104) : (tensor<4x7x7x16xf32>, tensor<4x7x7x16xf32>) -> tensor<4x7x7x16xf32>
    %1106 = "stablehlo.add"(%1102, %1105) : (tensor<4x7x7x16xf32>, tensor<4x7x7x16xf32>) -> tensor<4x7x7x16xf32>
    %1107 = "stablehlo.slice"(%1099) {start_indices = array<i64: 0, 0, 2, 0>, limit_indices = array<i64: 4, 7, 9, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x7x10x16xf32>) -> tensor<4x7x7x16xf32>
    %1108 = "stablehlo.multiply"(%1107, %1104) : (tensor<4x7x7x16xf32>, tensor<4x7x7x16xf32>) -> tensor<4x7x7x16xf32>
    %1109 = "stablehlo.add"(%1106, %1108) : (tensor<4x7x7x16xf32>, tensor<4x7x7x16xf32>) -> tensor<4x7x7x16xf32>
    %1110 = "stablehlo.slice"(%1099) {start_indices = array<i64: 0, 0, 3, 0>, limit_indices = array<i64: 4, 7, 10, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x7x10x16xf32>) -> tensor<4x7x7x16xf32>
    %1111 = "stablehlo.multiply"(%1110, %1101) : (tensor<4x7x7x16xf32>, tensor<4x7x7x16xf32>) -> tensor<4x7x7x16xf32>
    %1112 = "stablehlo.add"(%1109, %1111) : (tensor<4x7x7x16xf32>, tensor<4x7x7x16xf32>) -> tensor<4x7x7x16xf32>
    %1113 = "stablehlo.convolution"(%1112, %arg134) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 2, 2>} : (tensor<4x7x7x16xf32>, tensor<1x1x16x32xf32>) -> tensor<4x4x4x32xf32>
    %1114 = "stablehlo.broadcast_in_dim"(%arg135) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x4x4x32xf32>
    %1115 = "stablehlo.add"(%1113, %1114) : (tensor<4x4x4x32xf32>, tensor<4x4x4x32xf32>) -> tensor<4x4x4x32xf32>
    %1116 = "stablehlo.add"(%1085, %1115) : (tensor<4x4x4x32xf32>, tensor<4x4x4x32xf32>) -> tensor<4x4x4x32xf32>
    %1117 = "stablehlo.constant"() {value = dense<0.70710677> : tensor<4x4x4x32xf32>} : () -> tensor<4x4x4x32xf32>
    %1118 = "stablehlo.multiply"(%1116, %1117) : (tensor<4x4x4x32xf32>, tensor<4x4x4x32xf32>) -> tensor<4x4x4x32xf32>
    %1119 = "stablehlo.reshape"(%1118) : (tensor<4x4x4x32xf32>) -> tensor<1x4x4x4x1x32xf32>
    %1120 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1121 = "stablehlo.reduce"(%1119, %1120) ({
    ^bb0(%1122: tensor<f32>, %1123: tensor<f32>):
        %1124 = "stablehlo.add"(%1122, %1123) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1124) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x4x4x4x1x32xf32>, tensor<f32>) -> tensor<1x4x4x1x32xf32>
    %1125 = "stablehlo.constant"() {value = dense<4.0> : tensor<1x4x4x1x32xf32>} : () -> tensor<1x4x4x1x32xf32>
    %1126 = "stablehlo.divide"(%1121, %1125) : (tensor<1x4x4x1x32xf32>, tensor<1x4x4x1x32xf32>) -> tensor<1x4x4x1x32xf32>
    %1127 = "stablehlo.reshape"(%1126) : (tensor<1x4x4x1x32xf32>) -> tensor<1x1x4x4x1x32xf32>
    %1128 = "stablehlo.broadcast_in_dim"(%1127) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4, 5>} : (tensor<1x1x4x4x1x32xf32>) -> tensor<1x4x4x4x1x32xf32>
    %1129 = "stablehlo.subtract"(%1119, %1128) : (tensor<1x4x4x4x1x32xf32>, tensor<1x4x4x4x1x32xf32>) -> tensor<1x4x4x4x1x32xf32>
    %1130 = "stablehlo.multiply"(%1129, %1129) : (tensor<1x4x4x4x1x32xf32>, tensor<1x4x4x4x1x32xf32>) -> tensor<1x4x4x4x1x32xf32>
    %1131 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1132 = "stablehlo.reduce"(%1130, %1131) ({
    ^bb0(%1133: tensor<f32>, %1134: tensor<f32>):
        %1135 = "stablehlo.add"(%1133, %1134) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1135) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x4x4x4x1x32xf32>, tensor<f32>) -> tensor<1x4x4x1x32xf32>
    %1136 = "stablehlo.divide"(%1132, %1125) : (tensor<1x4x4x1x32xf32>, tensor<1x4x4x1x32xf32>) -> tensor<1x4x4x1x32xf32>
    %1137 = "stablehlo.constant"() {value = dense<0x322BCC77> : tensor<1x4x4x1x32xf32>} : () -> tensor<1x4x4x1x32xf32>
    %1138 = "stablehlo.add"(%1136, %1137) : (tensor<1x4x4x1x32xf32>, tensor<1x4x4x1x32xf32>) -> tensor<1x4x4x1x32xf32>
    %1139 = "stablehlo.sqrt"(%1138) : (tensor<1x4x4x1x32xf32>) -> tensor<1x4x4x1x32xf32>
    %1140 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1141 = "stablehlo.reduce"(%1139, %1140) ({
    ^bb0(%1142: tensor<f32>, %1143: tensor<f32>):
        %1144 = "stablehlo.add"(%1142, %1143) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1144) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 2, 4>} : (tensor<1x4x4x1x32xf32>, tensor<f32>) -> tensor<1x1xf32>
    %1145 = "stablehlo.constant"() {value = dense<512.0> : tensor<1x1xf32>} : () -> tensor<1x1xf32>
    %1146 = "stablehlo.divide"(%1141, %1145) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %1147 = "stablehlo.broadcast_in_dim"(%1146) {broadcast_dimensions = array<i64: 1, 4>} : (tensor<1x1xf32>) -> tensor<4x1x4x4x1xf32>
    %1148 = "stablehlo.reshape"(%1147) : (tensor<4x1x4x4x1xf32>) -> tensor<4x4x4x1xf32>
    %1149 = "stablehlo.concatenate"(%1118, %1148) {dimension = 3 : i64} : (tensor<4x4x4x32xf32>, tensor<4x4x4x1xf32>) -> tensor<4x4x4x33xf32>
    %1150 = "stablehlo.convolution"(%1149, %arg136) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x4x4x33xf32>, tensor<3x3x33x32xf32>) -> tensor<4x2x2x32xf32>
    %1151 = "stablehlo.broadcast_in_dim"(%arg137) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x2x2x32xf32>
    %1152 = "stablehlo.add"(%1150, %1151) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1153 = "stablehlo.broadcast_in_dim"(%961) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %1154 = "stablehlo.compare"(%1152, %1153) {comparison_direction = #stablehlo<comparison_direction GE>} : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xi1>
    %1155 = "stablehlo.constant"() {value = dense<0.01> : tensor<4x2x2x32xf32>} : () -> tensor<4x2x2x32xf32>
    %1156 = "stablehlo.multiply"(%1152, %1155) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1157 = "stablehlo.select"(%1154, %1152, %1156) : (tensor<4x2x2x32xi1>, tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1158 = "stablehlo.reshape"(%1157) : (tensor<4x2x2x32xf32>) -> tensor<4x128xf32>
    %1159 = "stablehlo.dot_general"(%1158, %arg138) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<4x128xf32>, tensor<128x64xf32>) -> tensor<4x64xf32>
    %1160 = "stablehlo.broadcast_in_dim"(%arg139) {broadcast_dimensions = array<i64: 1>} : (tensor<64xf32>) -> tensor<4x64xf32>
    %1161 = "stablehlo.add"(%1159, %1160) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1162 = "stablehlo.broadcast_in_dim"(%961) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x64xf32>
    %1163 = "stablehlo.compare"(%1161, %1162) {comparison_direction = #stablehlo<comparison_direction GE>} : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xi1>
    %1164 = "stablehlo.constant"() {value = dense<0.01> : tensor<4x64xf32>} : () -> tensor<4x64xf32>
    %1165 = "stablehlo.multiply"(%1161, %1164) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1166 = "stablehlo.select"(%1163, %1161, %1165) : (tensor<4x64xi1>, tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1167 = "stablehlo.dot_general"(%1166, %arg140) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<4x64xf32>, tensor<64x1xf32>) -> tensor<4x1xf32>
    %1168 = "stablehlo.broadcast_in_dim"(%arg141) {broadcast_dimensions = array<i64: 1>} : (tensor<1xf32>) -> tensor<4x1xf32>
    %1169 = "stablehlo.add"(%1167, %1168) : (tensor<4x1xf32>, tensor<4x1xf32>) -> tensor<4x1xf32>
    %1170 = "stablehlo.subtract"(%arg0, %957) : (tensor<4x16x16x3xf32>, tensor<4x16x16x3xf32>) -> tensor<4x16x16x3xf32>
    %1171 = "stablehlo.abs"(%1170) : (tensor<4x16x16x3xf32>) -> tensor<4x16x16x3xf32>
    %1172 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1173 = "stablehlo.reduce"(%1171, %1172) ({
    ^bb0(%1174: tensor<f32>, %1175: tensor<f32>):
        %1176 = "stablehlo.add"(%1174, %1175) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1176) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x16x16x3xf32>, tensor<f32>) -> tensor<f32>
    %1177 = "stablehlo.constant"() {value = dense<3072.0> : tensor<f32>} : () -> tensor<f32>
    %1178 = "stablehlo.divide"(%1173, %1177) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1179 = "stablehlo.negate"(%1169) : (tensor<4x1xf32>) -> tensor<4x1xf32>
    %1180 = "stablehlo.broadcast_in_dim"(%961) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x1xf32>
    %1181 = "stablehlo.maximum"(%1179, %1180) : (tensor<4x1xf32>, tensor<4x1xf32>) -> tensor<4x1xf32>
    %1182 = "stablehlo.abs"(%1179) : (tensor<4x1xf32>) -> tensor<4x1xf32>
    %1183 = "stablehlo.negate"(%1182) : (tensor<4x1xf32>) -> tensor<4x1xf32>
    %1184 = "stablehlo.exponential"(%1183) : (tensor<4x1xf32>) -> tensor<4x1xf32>
    %1185 = "stablehlo.log_plus_one"(%1184) : (tensor<4x1xf32>) -> tensor<4x1xf32>
    %1186 = "stablehlo.add"(%1181, %1185) : (tensor<4x1xf32>, tensor<4x1xf32>) -> tensor<4x1xf32>
    %1187 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1188 = "stablehlo.reduce"(%1186, %1187) ({
    ^bb0(%1189: tensor<f32>, %1190: tensor<f32>):
        %1191 = "stablehlo.add"(%1189, %1190) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1191) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<4x1xf32>, tensor<f32>) -> tensor<f32>
    %1192 = "stablehlo.constant"() {value = dense<4.0> : tensor<f32>} : () -> tensor<f32>
    %1193 = "stablehlo.divide"(%1188, %1192) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1194 = "stablehlo.constant"() {value = dense<0.1> : tensor<f32>} : () -> tensor<f32>
    %1195 = "stablehlo.multiply"(%1193, %1194) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1196 = "stablehlo.add"(%1178, %1195) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1197 = "stablehlo.constant"() {value = dense<1.0> : tensor<f32>} : () -> tensor<f32>
    %1198 = "stablehlo.multiply"(%427, %1197) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1199 = "stablehlo.add"(%1196, %1198) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1200 = "stablehlo.multiply"(%1197, %1197) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1201 = "stablehlo.multiply"(%1197, %1194) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1202 = "stablehlo.divide"(%1201, %1192) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1203 = "stablehlo.broadcast_in_dim"(%1202) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x1xf32>
    %1204 = "stablehlo.constant"() {value = dense<1.0> : tensor<4x1xf32>} : () -> tensor<4x1xf32>
    %1205 = "stablehlo.add"(%1184, %1204) : (tensor<4x1xf32>, tensor<4x1xf32>) -> tensor<4x1xf32>
    %1206 = "stablehlo.divide"(%1203, %1205) : (tensor<4x1xf32>, tensor<4x1xf32>) -> tensor<4x1xf32>
    %1207 = "stablehlo.multiply"(%1206, %1184) : (tensor<4x1xf32>, tensor<4x1xf32>) -> tensor<4x1xf32>
    %1208 = "stablehlo.negate"(%1207) : (tensor<4x1xf32>) -> tensor<4x1xf32>
    %1209 = "stablehlo.sign"(%1179) : (tensor<4x1xf32>) -> tensor<4x1xf32>
    %1210 = "stablehlo.multiply"(%1208, %1209) : (tensor<4x1xf32>, tensor<4x1xf32>) -> tensor<4x1xf32>
    %1211 = "stablehlo.compare"(%1179, %1180) {comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<4x1xf32>, tensor<4x1xf32>) -> tensor<4x1xi1>
    %1212 = "stablehlo.convert"(%1211) : (tensor<4x1xi1>) -> tensor<4x1xf32>
    %1213 = "stablehlo.compare"(%1179, %1180) {comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<4x1xf32>, tensor<4x1xf32>) -> tensor<4x1xi1>
    %1214 = "stablehlo.convert"(%1213) : (tensor<4x1xi1>) -> tensor<4x1xf32>
    %1215 = "stablehlo.constant"() {value = dense<0.5> : tensor<4x1xf32>} : () -> tensor<4x1xf32>
    %1216 = "stablehlo.multiply"(%1214, %1215) : (tensor<4x1xf32>, tensor<4x1xf32>) -> tensor<4x1xf32>
    %1217 = "stablehlo.add"(%1212, %1216) : (tensor<4x1xf32>, tensor<4x1xf32>) -> tensor<4x1xf32>
    %1218 = "stablehlo.multiply"(%1203, %1217) : (tensor<4x1xf32>, tensor<4x1xf32>) -> tensor<4x1xf32>
    %1219 = "stablehlo.add"(%1210, %1218) : (tensor<4x1xf32>, tensor<4x1xf32>) -> tensor<4x1xf32>
    %1220 = "stablehlo.negate"(%1219) : (tensor<4x1xf32>) -> tensor<4x1xf32>
    %1221 = "stablehlo.divide"(%1197, %1177) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1222 = "stablehlo.broadcast_in_dim"(%1221) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x16x16x3xf32>
    %1223 = "stablehlo.sign"(%1170) : (tensor<4x16x16x3xf32>) -> tensor<4x16x16x3xf32>
    %1224 = "stablehlo.multiply"(%1222, %1223) : (tensor<4x16x16x3xf32>, tensor<4x16x16x3xf32>) -> tensor<4x16x16x3xf32>
    %1225 = "stablehlo.negate"(%1224) : (tensor<4x16x16x3xf32>) -> tensor<4x16x16x3xf32>
    %1226 = "stablehlo.dot_general"(%1220, %arg140) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<4x1xf32>, tensor<64x1xf32>) -> tensor<4x64xf32>
    %1227 = "stablehlo.constant"() {value = dense<0.0> : tensor<4x64xf32>} : () -> tensor<4x64xf32>
    %1228 = "stablehlo.select"(%1163, %1226, %1227) : (tensor<4x64xi1>, tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1229 = "stablehlo.select"(%1163, %1227, %1226) : (tensor<4x64xi1>, tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1230 = "stablehlo.multiply"(%1229, %1164) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1231 = "stablehlo.add"(%1228, %1230) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1232 = "stablehlo.dot_general"(%1231, %arg138) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<4x64xf32>, tensor<128x64xf32>) -> tensor<4x128xf32>
    %1233 = "stablehlo.reshape"(%1232) : (tensor<4x128xf32>) -> tensor<4x2x2x32xf32>
    %1234 = "stablehlo.constant"() {value = dense<0.0> : tensor<4x2x2x32xf32>} : () -> tensor<4x2x2x32xf32>
    %1235 = "stablehlo.select"(%1154, %1233, %1234) : (tensor<4x2x2x32xi1>, tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1236 = "stablehlo.select"(%1154, %1234, %1233) : (tensor<4x2x2x32xi1>, tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1237 = "stablehlo.multiply"(%1236, %1155) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1238 = "stablehlo.add"(%1235, %1237) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1239 = "stablehlo.transpose"(%arg136) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x33x32xf32>) -> tensor<3x3x32x33xf32>
    %1240 = "stablehlo.reverse"(%1239) {dimensions = array<i64: 0, 1>} : (tensor<3x3x32x33xf32>) -> tensor<3x3x32x33xf32>
    %1241 = "stablehlo.convolution"(%1238, %1240) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[2, 2], [2, 2]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x2x2x32xf32>, tensor<3x3x32x33xf32>) -> tensor<4x4x4x33xf32>
    %1242 = "stablehlo.slice"(%1241) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 4, 4, 4, 32>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x4x4x33xf32>) -> tensor<4x4x4x32xf32>
    %1243 = "stablehlo.slice"(%1241) {start_indices = array<i64: 0, 0, 0, 32>, limit_indices = array<i64: 4, 4, 4, 33>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x4x4x33xf32>) -> tensor<4x4x4x1xf32>
    %1244 = "stablehlo.reshape"(%1243) : (tensor<4x4x4x1xf32>) -> tensor<4x1x4x4x1xf32>
    %1245 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1246 = "stablehlo.reduce"(%1244, %1245) ({
    ^bb0(%1247: tensor<f32>, %1248: tensor<f32>):
        %1249 = "stablehlo.add"(%1247, %1248) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1249) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 2, 3>} : (tensor<4x1x4x4x1xf32>, tensor<f32>) -> tensor<1x1xf32>
    %1250 = "stablehlo.divide"(%1246, %1145) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %1251 = "stablehlo.broadcast_in_dim"(%1250) {broadcast_dimensions = array<i64: 0, 3>} : (tensor<1x1xf32>) -> tensor<1x4x4x1x32xf32>
    %1252 = "stablehlo.constant"() {value = dense<0.5> : tensor<1x4x4x1x32xf32>} : () -> tensor<1x4x4x1x32xf32>
    %1253 = "stablehlo.multiply"(%1251, %1252) : (tensor<1x4x4x1x32xf32>, tensor<1x4x4x1x32xf32>) -> tensor<1x4x4x1x32xf32>
    %1254 = "stablehlo.divide"(%1253, %1139) : (tensor<1x4x4x1x32xf32>, tensor<1x4x4x1x32xf32>) -> tensor<1x4x4x1x32xf32>
    %1255 = "stablehlo.divide"(%1254, %1125) : (tensor<1x4x4x1x32xf32>, tensor<1x4x4x1x32xf32>) -> tensor<1x4x4x1x32xf32>
    %1256 = "stablehlo.broadcast_in_dim"(%1255) {broadcast_dimensions = array<i64: 0, 2, 3, 4, 5>} : (tensor<1x4x4x1x32xf32>) -> tensor<1x4x4x4x1x32xf32>
    %1257 = "stablehlo.multiply"(%1256, %1129) : (tensor<1x4x4x4x1x32xf32>, tensor<1x4x4x4x1x32xf32>) -> tensor<1x4x4x4x1x32xf32>
    %1258 = "stablehlo.add"(%1257, %1257) : (tensor<1x4x4x4x1x32xf32>, tensor<1x4x4x4x1x32xf32>) -> tensor<1x4x4x4x1x32xf32>
    %1259 = "stablehlo.negate"(%1258) : (tensor<1x4x4x4x1x32xf32>) -> tensor<1x4x4x4x1x32xf32>
    %1260 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1261 = "stablehlo.reduce"(%1259, %1260) ({
    ^bb0(%1262: tensor<f32>, %1263: tensor<f32>):
        %1264 = "stablehlo.add"(%1262, %1263) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1264) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x4x4x4x1x32xf32>, tensor<f32>) -> tensor<1x4x4x1x32xf32>
    %1265 = "stablehlo.reshape"(%1261) : (tensor<1x4x4x1x32xf32>) -> tensor<1x1x4x4x1x32xf32>
    %1266 = "stablehlo.reshape"(%1265) : (tensor<1x1x4x4x1x32xf32>) -> tensor<1x4x4x1x32xf32>
    %1267 = "stablehlo.divide"(%1266, %1125) : (tensor<1x4x4x1x32xf32>, tensor<1x4x4x1x32xf32>) -> tensor<1x4x4x1x32xf32>
    %1268 = "stablehlo.broadcast_in_dim"(%1267) {broadcast_dimensions = array<i64: 0, 2, 3, 4, 5>} : (tensor<1x4x4x1x32xf32>) -> tensor<1x4x4x4x1x32xf32>
    %1269 = "stablehlo.add"(%1258, %1268) : (tensor<1x4x4x4x1x32xf32>, tensor<1x4x4x4x1x32xf32>) -> tensor<1x4x4x4x1x32xf32>
    %1270 = "stablehlo.reshape"(%1269) : (tensor<1x4x4x4x1x32xf32>) -> tensor<4x4x4x32xf32>
    %1271 = "stablehlo.add"(%1242, %1270) : (tensor<4x4x4x32xf32>, tensor<4x4x4x32xf32>) -> tensor<4x4x4x32xf32>
    %1272 = "stablehlo.multiply"(%1271, %1117) : (tensor<4x4x4x32xf32>, tensor<4x4x4x32xf32>) -> tensor<4x4x4x32xf32>
    %1273 = "stablehlo.transpose"(%arg134) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<1x1x16x32xf32>) -> tensor<1x1x32x16xf32>
    %1274 = "stablehlo.slice"(%1273) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 32, 16>, strides = array<i64: 1, 2, 1, 1>} : (tensor<1x1x32x16xf32>) -> tensor<1x1x32x16xf32>
    %1275 = "stablehlo.constant"() {value = dense<0.0> : tensor<1x1x32x16xf32>} : () -> tensor<1x1x32x16xf32>
    %1276 = "stablehlo.concatenate"(%1274, %1275) {dimension = 3 : i64} : (tensor<1x1x32x16xf32>, tensor<1x1x32x16xf32>) -> tensor<1x1x32x32xf32>
    %1277 = "stablehlo.slice"(%1276) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 32, 32>, strides = array<i64: 2, 1, 1, 1>} : (tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %1278 = "stablehlo.constant"() {value = dense<0.0> : tensor<1x1x32x32xf32>} : () -> tensor<1x1x32x32xf32>
    %1279 = "stablehlo.concatenate"(%1277, %1278) {dimension = 3 : i64} : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x64xf32>
    %1280 = "stablehlo.reverse"(%1279) {dimensions = array<i64: 0, 1>} : (tensor<1x1x32x64xf32>) -> tensor<1x1x32x64xf32>
    %1281 = "stablehlo.convolution"(%1272, %1280) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x4x4x32xf32>, tensor<1x1x32x64xf32>) -> tensor<4x4x4x64xf32>
    %1282 = "stablehlo.reshape"(%1281) : (tensor<4x4x4x64xf32>) -> tensor<4x4x4x2x2x16xf32>
    %1283 = "stablehlo.transpose"(%1282) {permutation = array<i64: 0, 1, 3, 2, 4, 5>} : (tensor<4x4x4x2x2x16xf32>) -> tensor<4x4x2x4x2x16xf32>
    %1284 = "stablehlo.reshape"(%1283) : (tensor<4x4x2x4x2x16xf32>) -> tensor<4x8x8x16xf32>
    %1285 = "stablehlo.slice"(%1284) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 4, 7, 7, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x8x8x16xf32>) -> tensor<4x7x7x16xf32>
    %1286 = "stablehlo.multiply"(%1285, %1101) : (tensor<4x7x7x16xf32>, tensor<4x7x7x16xf32>) -> tensor<4x7x7x16xf32>
    %1287 = "stablehlo.pad"(%1286, %961) {edge_padding_low = array<i64: 0, 0, 3, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x7x7x16xf32>, tensor<f32>) -> tensor<4x7x10x16xf32>
    %1288 = "stablehlo.multiply"(%1285, %1104) : (tensor<4x7x7x16xf32>, tensor<4x7x7x16xf32>) -> tensor<4x7x7x16xf32>
    %1289 = "stablehlo.pad"(%1288, %961) {edge_padding_low = array<i64: 0, 0, 2, 0>, edge_padding_high = array<i64: 0, 0, 1, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x7x7x16xf32>, tensor<f32>) -> tensor<4x7x10x16xf32>
    %1290 = "stablehlo.add"(%1287, %1289) : (tensor<4x7x10x16xf32>, tensor<4x7x10x16xf32>) -> tensor<4x7x10x16xf32>
    %1291 = "stablehlo.pad"(%1288, %961) {edge_padding_low = array<i64: 0, 0, 1, 0>, edge_padding_high = array<i64: 0, 0, 2, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x7x7x16xf32>, tensor<f32>) -> tensor<4x7x10x16xf32>
    %1292 = "stablehlo.add"(%1290, %1291) : (tensor<4x7x10x16xf32>, tensor<4x7x10x16xf32>) -> tensor<4x7x10x16xf32>
    %1293 = "stablehlo.pad"(%1286, %961) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 3, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x7x7x16xf32>, tensor<f32>) -> tensor<4x7x10x16xf32>
    %1294 = "stablehlo.add"(%1292, %1293) : (tensor<4x7x10x16xf32>, tensor<4x7x10x16xf32>) -> tensor<4x7x10x16xf32>
    %1295 = "stablehlo.multiply"(%1294, %1088) : (tensor<4x7x10x16xf32>, tensor<4x7x10x16xf32>) -> tensor<4x7x10x16xf32>
    %1296 = "stablehlo.pad"(%1295, %961) {edge_padding_low = array<i64: 0, 3, 0, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x7x10x16xf32>, tensor<f32>) -> tensor<4x10x10x16xf32>
    %1297 = "stablehlo.multiply"(%1294, %1091) : (tensor<4x7x10x16xf32>, tensor<4x7x10x16xf32>) -> tensor<4x7x10x16xf32>
    %1298 = "stablehlo.pad"(%1297, %961) {edge_padding_low = array<i64: 0, 2, 0, 0>, edge_padding_high = array<i64: 0, 1, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x7x10x16xf32>, tensor<f32>) -> tensor<4x10x10x16xf32>
    %1299 = "stablehlo.add"(%1296, %1298) : (tensor<4x10x10x16xf32>, tensor<4x10x10x16xf32>) -> tensor<4x10x10x16xf32>
    %1300 = "stablehlo.pad"(%1297, %961) {edge_padding_low = array<i64: 0, 1, 0, 0>, edge_padding_high = array<i64: 0, 2, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x7x10x16xf32>, tensor<f32>) -> tensor<4x10x10x16xf32>
    %1301 = "stablehlo.add"(%1299, %1300) : (tensor<4x10x10x16xf32>, tensor<4x10x10x16xf32>) -> tensor<4x10x10x16xf32>
    %1302 = "stablehlo.pad"(%1295, %961) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 3, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x7x10x16xf32>, tensor<f32>) -> tensor<4x10x10x16xf32>
    %1303 = "stablehlo.add"(%1301, %1302) : (tensor<4x10x10x16xf32>, tensor<4x10x10x16xf32>) -> tensor<4x10x10x16xf32>
    %1304 = "stablehlo.slice"(%1303) {start_indices = array<i64: 0, 1, 1, 0>, limit_indices = array<i64: 4, 9, 9, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x10x10x16xf32>) -> tensor<4x8x8x16xf32>
    %1305 = "stablehlo.constant"() {value = dense<0.0> : tensor<4x4x4x32xf32>} : () -> tensor<4x4x4x32xf32>
    %1306 = "stablehlo.select"(%1082, %1272, %1305) : (tensor<4x4x4x32xi1>, tensor<4x4x4x32xf32>, tensor<4x4x4x32xf32>) -> tensor<4x4x4x32xf32>
    %1307 = "stablehlo.select"(%1082, %1305, %1272) : (tensor<4x4x4x32xi1>, tensor<4x4x4x32xf32>, tensor<4x4x4x32xf32>) -> tensor<4x4x4x32xf32>
    %1308 = "stablehlo.multiply"(%1307, %1083) : (tensor<4x4x4x32xf32>, tensor<4x4x4x32xf32>) -> tensor<4x4x4x32xf32>
    %1309 = "stablehlo.add"(%1306, %1308) : (tensor<4x4x4x32xf32>, tensor<4x4x4x32xf32>) -> tensor<4x4x4x32xf32>
    %1310 = "stablehlo.transpose"(%arg132) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x64x32xf32>) -> tensor<3x3x32x64xf32>
    %1311 = "stablehlo.slice"(%1310) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 3, 32, 64>, strides = array<i64: 1, 2, 1, 1>} : (tensor<3x3x32x64xf32>) -> tensor<3x2x32x64xf32>
    %1312 = "stablehlo.slice"(%1310) {start_indices = array<i64: 0, 1, 0, 0>, limit_indices = array<i64: 3, 2, 32, 64>, strides = array<i64: 1, 2, 1, 1>} : (tensor<3x3x32x64xf32>) -> tensor<3x1x32x64xf32>
    %1313 = "stablehlo.pad"(%1312, %961) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 1, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<3x1x32x64xf32>, tensor<f32>) -> tensor<3x2x32x64xf32>
    %1314 = "stablehlo.concatenate"(%1311, %1313) {dimension = 3 : i64} : (tensor<3x2x32x64xf32>, tensor<3x2x32x64xf32>) -> tensor<3x2x32x128xf32>
    %1315 = "stablehlo.slice"(%1314) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 2, 32, 128>, strides = array<i64: 2, 1, 1, 1>} : (tensor<3x2x32x128xf32>) -> tensor<2x2x32x128xf32>
    %1316 = "stablehlo.slice"(%1314) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 32, 128>, strides = array<i64: 2, 1, 1, 1>} : (tensor<3x2x32x128xf32>) -> tensor<1x2x32x128xf32>
    %1317 = "stablehlo.pad"(%1316, %961) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 1, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<1x2x32x128xf32>, tensor<f32>) -> tensor<2x2x32x128xf32>
    %1318 = "stablehlo.concatenate"(%1315, %1317) {dimension = 3 : i64} : (tensor<2x2x32x128xf32>, tensor<2x2x32x128xf32>) -> tensor<2x2x32x256xf32>
    %1319 = "stablehlo.reverse"(%1318) {dimensions = array<i64: 0, 1>} : (tensor<2x2x32x256xf32>) -> tensor<2x2x32x256xf32>
    %1320 = "stablehlo.convolution"(%1309, %1319) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x4x4x32xf32>, tensor<2x2x32x256xf32>) -> tensor<4x5x5x256xf32>
    %1321 = "stablehlo.reshape"(%1320) : (tensor<4x5x5x256xf32>) -> tensor<4x5x5x2x2x64xf32>
    %1322 = "stablehlo.transpose"(%1321) {permutation = array<i64: 0, 1, 3, 2, 4, 5>} : (tensor<4x5x5x2x2x64xf32>) -> tensor<4x5x2x5x2x64xf32>
    %1323 = "stablehlo.reshape"(%1322) : (tensor<4x5x2x5x2x64xf32>) -> tensor<4x10x10x64xf32>
    %1324 = "stablehlo.slice"(%1323) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 4, 9, 9, 64>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x10x10x64xf32>) -> tensor<4x9x9x64xf32>
    %1325 = "stablehlo.multiply"(%1324, %1066) : (tensor<4x9x9x64xf32>, tensor<4x9x9x64xf32>) -> tensor<4x9x9x64xf32>
    %1326 = "stablehlo.pad"(%1325, %961) {edge_padding_low = array<i64: 0, 0, 3, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x9x9x64xf32>, tensor<f32>) -> tensor<4x9x12x64xf32>
    %1327 = "stablehlo.multiply"(%1324, %1069) : (tensor<4x9x9x64xf32>, tensor<4x9x9x64xf32>) -> tensor<4x9x9x64xf32>
    %1328 = "stablehlo.pad"(%1327, %961) {edge_padding_low = array<i64: 0, 0, 2, 0>, edge_padding_high = array<i64: 0, 0, 1, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x9x9x64xf32>, tensor<f32>) -> tensor<4x9x12x64xf32>
    %1329 = "stablehlo.add"(%1326, %1328) : (tensor<4x9x12x64xf32>, tensor<4x9x12x64xf32>) -> tensor<4x9x12x64xf32>
    %1330 = "stablehlo.pad"(%1327, %961) {edge_padding_low = array<i64: 0, 0, 1, 0>, edge_padding_high = array<i64: 0, 0, 2, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x9x9x64xf32>, tensor<f32>) -> tensor<4x9x12x64xf32>
    %1331 = "stablehlo.add"(%1329, %1330) : (tensor<4x9x12x64xf32>, tensor<4x9x12x64xf32>) -> tensor<4x9x12x64xf32>
    %1332 = "stablehlo.pad"(%1325, %961) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 3, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x9x9x64xf32>, tensor<f32>) -> tensor<4x9x12x64xf32>
    %1333 = "stablehlo.add"(%1331, %1332) : (tensor<4x9x12x64xf32>, tensor<4x9x12x64xf32>) -> tensor<4x9x12x64xf32>
    %1334 = "stablehlo.multiply"(%1333, %1053) : (tensor<4x9x12x64xf32>, tensor<4x9x12x64xf32>) -> tensor<4x9x12x64xf32>
    %1335 = "stablehlo.pad"(%1334, %961) {edge_padding_low = array<i64: 0, 3, 0, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x9x12x64xf32>, tensor<f32>) -> tensor<4x12x12x64xf32>
    %1336 = "stablehlo.multiply"(%1333, %1056) : (tensor<4x9x12x64xf32>, tensor<4x9x12x64xf32>) -> tensor<4x9x12x64xf32>
    %1337 = "stablehlo.pad"(%1336, %961) {edge_padding_low = array<i64: 0, 2, 0, 0>, edge_padding_high = array<i64: 0, 1, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x9x12x64xf32>, tensor<f32>) -> tensor<4x12x12x64xf32>
    %1338 = "stablehlo.add"(%1335, %1337) : (tensor<4x12x12x64xf32>, tensor<4x12x12x64xf32>) -> tensor<4x12x12x64xf32>
    %1339 = "stablehlo.pad"(%1336, %961) {edge_padding_low = array<i64: 0, 1, 0, 0>, edge_padding_high = array<i64: 0, 2, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x9x12x64xf32>, tensor<f32>) -> tensor<4x12x12x64xf32>
    %1340 = "stablehlo.add"(%1338, %1339) : (tensor<4x12x12x64xf32>, tensor<4x12x12x64xf32>) -> tensor<4x12x12x64xf32>
    %1341 = "stablehlo.pad"(%1334, %961) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 3, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x9x12x64xf32>, tensor<f32>) -> tensor<4x12x12x64xf32>
    %1342 = "stablehlo.add"(%1340, %1341) : (tensor<4x12x12x64xf32>, tensor<4x12x12x64xf32>) -> tensor<4x12x12x64xf32>
    %1343 = "stablehlo.slice"(%1342) {start_indices = array<i64: 0, 2, 2, 0>, limit_indices = array<i64: 4, 10, 10, 64>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x12x12x64xf32>) -> tensor<4x8x8x64xf32>
    %1344 = "stablehlo.constant"() {value = dense<0.0> : tensor<4x8x8x64xf32>} : () -> tensor<4x8x8x64xf32>
    %1345 = "stablehlo.select"(%1047, %1343, %1344) : (tensor<4x8x8x64xi1>, tensor<4x8x8x64xf32>, tensor<4x8x8x64xf32>) -> tensor<4x8x8x64xf32>
    %1346 = "stablehlo.select"(%1047, %1344, %1343) : (tensor<4x8x8x64xi1>, tensor<4x8x8x64xf32>, tensor<4x8x8x64xf32>) -> tensor<4x8x8x64xf32>
    %1347 = "stablehlo.multiply"(%1346, %1048) : (tensor<4x8x8x64xf32>, tensor<4x8x8x64xf32>) -> tensor<4x8x8x64xf32>
    %1348 = "stablehlo.add"(%1345, %1347) : (tensor<4x8x8x64xf32>, tensor<4x8x8x64xf32>) -> tensor<4x8x8x64xf32>
    %1349 = "stablehlo.transpose"(%arg130) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x16x64xf32>) -> tensor<3x3x64x16xf32>
    %1350 = "stablehlo.reverse"(%1349) {dimensions = array<i64: 0, 1>} : (tensor<3x3x64x16xf32>) -> tensor<3x3x64x16xf32>
    %1351 = "stablehlo.convolution"(%1348, %1350) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x64xf32>, tensor<3x3x64x16xf32>) -> tensor<4x8x8x16xf32>
    %1352 = "stablehlo.add"(%1304, %1351) : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %1353 = "stablehlo.multiply"(%1352, %1041) : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %1354 = "stablehlo.transpose"(%arg128) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<1x1x8x16xf32>) -> tensor<1x1x16x8xf32>
    %1355 = "stablehlo.slice"(%1354) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 16, 8>, strides = array<i64: 1, 2, 1, 1>} : (tensor<1x1x16x8xf32>) -> tensor<1x1x16x8xf32>
    %1356 = "stablehlo.constant"() {value = dense<0.0> : tensor<1x1x16x8xf32>} : () -> tensor<1x1x16x8xf32>
    %1357 = "stablehlo.concatenate"(%1355, %1356) {dimension = 3 : i64} : (tensor<1x1x16x8xf32>, tensor<1x1x16x8xf32>) -> tensor<1x1x16x16xf32>
    %1358 = "stablehlo.slice"(%1357) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 16, 16>, strides = array<i64: 2, 1, 1, 1>} : (tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %1359 = "stablehlo.constant"() {value = dense<0.0> : tensor<1x1x16x16xf32>} : () -> tensor<1x1x16x16xf32>
    %1360 = "stablehlo.concatenate"(%1358, %1359) {dimension = 3 : i64} : (tensor<1x1x16x16xf32>, tensor<1x1x16x16xf32>) -> tensor<1x1x16x32xf32>
    %1361 = "stablehlo.reverse"(%1360) {dimensions = array<i64: 0, 1>} : (tensor<1x1x16x32xf32>) -> tensor<1x1x16x32xf32>
    %1362 = "stablehlo.convolution"(%1353, %1361) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x16xf32>, tensor<1x1x16x32xf32>) -> tensor<4x8x8x32xf32>
    %1363 = "stablehlo.reshape"(%1362) : (tensor<4x8x8x32xf32>) -> tensor<4x8x8x2x2x8xf32>
    %1364 = "stablehlo.transpose"(%1363) {permutation = array<i64: 0, 1, 3, 2, 4, 5>} : (tensor<4x8x8x2x2x8xf32>) -> tensor<4x8x2x8x2x8xf32>
    %1365 = "stablehlo.reshape"(%1364) : (tensor<4x8x2x8x2x8xf32>) -> tensor<4x16x16x8xf32>
    %1366 = "stablehlo.slice"(%1365) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 4, 15, 15, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x16x16x8xf32>) -> tensor<4x15x15x8xf32>
    %1367 = "stablehlo.multiply"(%1366, %1025) : (tensor<4x15x15x8xf32>, tensor<4x15x15x8xf32>) -> tensor<4x15x15x8xf32>
    %1368 = "stablehlo.pad"(%1367, %961) {edge_padding_low = array<i64: 0, 0, 3, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x15x15x8xf32>, tensor<f32>) -> tensor<4x15x18x8xf32>
    %1369 = "stablehlo.multiply"(%1366, %1028) : (tensor<4x15x15x8xf32>, tensor<4x15x15x8xf32>) -> tensor<4x15x15x8xf32>
    %1370 = "stablehlo.pad"(%1369, %961) {edge_padding_low = array<i64: 0, 0, 2, 0>, edge_padding_high = array<i64: 0, 0, 1, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x15x15x8xf32>, tensor<f32>) -> tensor<4x15x18x8xf32>
    %1371 = "stablehlo.add"(%1368, %1370) : (tensor<4x15x18x8xf32>, tensor<4x15x18x8xf32>) -> tensor<4x15x18x8xf32>
    %1372 = "stablehlo.pad"(%1369, %961) {edge_padding_low = array<i64: 0, 0, 1, 0>, edge_padding_high = array<i64: 0, 0, 2, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x15x15x8xf32>, tensor<f32>) -> tensor<4x15x18x8xf32>
    %1373 = "stablehlo.add"(%1371, %1372) : (tensor<4x15x18x8xf32>, tensor<4x15x18x8xf32>) -> tensor<4x15x18x8xf32>
    %1374 = "stablehlo.pad"(%1367, %961) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 3, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x15x15x8xf32>, tensor<f32>) -> tensor<4x15x18x8xf32>
    %1375 = "stablehlo.add"(%1373, %1374) : (tensor<4x15x18x8xf32>, tensor<4x15x18x8xf32>) -> tensor<4x15x18x8xf32>
    %1376 = "stablehlo.multiply"(%1375, %1012) : (tensor<4x15x18x8xf32>, tensor<4x15x18x8xf32>) -> tensor<4x15x18x8xf32>
    %1377 = "stablehlo.pad"(%1376, %961) {edge_padding_low = array<i64: 0, 3, 0, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x15x18x8xf32>, tensor<f32>) -> tensor<4x18x18x8xf32>
    %1378 = "stablehlo.multiply"(%1375, %1015) : (tensor<4x15x18x8xf32>, tensor<4x15x18x8xf32>) -> tensor<4x15x18x8xf32>
    %1379 = "stablehlo.pad"(%1378, %961) {edge_padding_low = array<i64: 0, 2, 0, 0>, edge_padding_high = array<i64: 0, 1, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x15x18x8xf32>, tensor<f32>) -> tensor<4x18x18x8xf32>
    %1380 = "stablehlo.add"(%1377, %1379) : (tensor<4x18x18x8xf32>, tensor<4x18x18x8xf32>) -> tensor<4x18x18x8xf32>
    %1381 = "stablehlo.pad"(%1378, %961) {edge_padding_low = array<i64: 0, 1, 0, 0>, edge_padding_high = array<i64: 0, 2, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x15x18x8xf32>, tensor<f32>) -> tensor<4x18x18x8xf32>
    %1382 = "stablehlo.add"(%1380, %1381) : (tensor<4x18x18x8xf32>, tensor<4x18x18x8xf32>) -> tensor<4x18x18x8xf32>
    %1383 = "stablehlo.pad"(%1376, %961) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 3, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x15x18x8xf32>, tensor<f32>) -> tensor<4x18x18x8xf32>
    %1384 = "stablehlo.add"(%1382, %1383) : (tensor<4x18x18x8xf32>, tensor<4x18x18x8xf32>) -> tensor<4x18x18x8xf32>
    %1385 = "stablehlo.slice"(%1384) {start_indices = array<i64: 0, 1, 1, 0>, limit_indices = array<i64: 4, 17, 17, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x18x18x8xf32>) -> tensor<4x16x16x8xf32>
    %1386 = "stablehlo.constant"() {value = dense<0.0> : tensor<4x8x8x16xf32>} : () -> tensor<4x8x8x16xf32>
    %1387 = "stablehlo.select"(%1006, %1353, %1386) : (tensor<4x8x8x16xi1>, tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %1388 = "stablehlo.select"(%1006, %1386, %1353) : (tensor<4x8x8x16xi1>, tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %1389 = "stablehlo.multiply"(%1388, %1007) : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %1390 = "stablehlo.add"(%1387, %1389) : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %1391 = "stablehlo.transpose"(%arg126) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x32x16xf32>) -> tensor<3x3x16x32xf32>
    %1392 = "stablehlo.slice"(%1391) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 3, 16, 32>, strides = array<i64: 1, 2, 1, 1>} : (tensor<3x3x16x32xf32>) -> tensor<3x2x16x32xf32>
    %1393 = "stablehlo.slice"(%1391) {start_indices = array<i64: 0, 1, 0, 0>, limit_indices = array<i64: 3, 2, 16, 32>, strides = array<i64: 1, 2, 1, 1>} : (tensor<3x3x16x32xf32>) -> tensor<3x1x16x32xf32>
    %1394 = "stablehlo.pad"(%1393, %961) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 1, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<3x1x16x32xf32>, tensor<f32>) -> tensor<3x2x16x32xf32>
    %1395 = "stablehlo.concatenate"(%1392, %1394) {dimension = 3 : i64} : (tensor<3x2x16x32xf32>, tensor<3x2x16x32xf32>) -> tensor<3x2x16x64xf32>
    %1396 = "stablehlo.slice"(%1395) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 2, 16, 64>, strides = array<i64: 2, 1, 1, 1>} : (tensor<3x2x16x64xf32>) -> tensor<2x2x16x64xf32>
    %1397 = "stablehlo.slice"(%1395) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 16, 64>, strides = array<i64: 2, 1, 1, 1>} : (tensor<3x2x16x64xf32>) -> tensor<1x2x16x64xf32>
    %1398 = "stablehlo.pad"(%1397, %961) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 1, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<1x2x16x64xf32>, tensor<f32>) -> tensor<2x2x16x64xf32>
    %1399 = "stablehlo.concatenate"(%1396, %1398) {dimension = 3 : i64} : (tensor<2x2x16x64xf32>, tensor<2x2x16x64xf32>) -> tensor<2x2x16x128xf32>
    %1400 = "stablehlo.reverse"(%1399) {dimensions = array<i64: 0, 1>} : (tensor<2x2x16x128xf32>) -> tensor<2x2x16x128xf32>
    %1401 = "stablehlo.convolution"(%1390, %1400) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x16xf32>, tensor<2x2x16x128xf32>) -> tensor<4x9x9x128xf32>
    %1402 = "stablehlo.reshape"(%1401) : (tensor<4x9x9x128xf32>) -> tensor<4x9x9x2x2x32xf32>
    %1403 = "stablehlo.transpose"(%1402) {permutation = array<i64: 0, 1, 3, 2, 4, 5>} : (tensor<4x9x9x2x2x32xf32>) -> tensor<4x9x2x9x2x32xf32>
    %1404 = "stablehlo.reshape"(%1403) : (tensor<4x9x2x9x2x32xf32>) -> tensor<4x18x18x32xf32>
    %1405 = "stablehlo.slice"(%1404) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 4, 17, 17, 32>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x18x18x32xf32>) -> tensor<4x17x17x32xf32>
    %1406 = "stablehlo.multiply"(%1405, %990) : (tensor<4x17x17x32xf32>, tensor<4x17x17x32xf32>) -> tensor<4x17x17x32xf32>
    %1407 = "stablehlo.pad"(%1406, %961) {edge_padding_low = array<i64: 0, 0, 3, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x17x17x32xf32>, tensor<f32>) -> tensor<4x17x20x32xf32>
    %1408 = "stablehlo.multiply"(%1405, %993) : (tensor<4x17x17x32xf32>, tensor<4x17x17x32xf32>) -> tensor<4x17x17x32xf32>
    %1409 = "stablehlo.pad"(%1408, %961) {edge_padding_low = array<i64: 0, 0, 2, 0>, edge_padding_high = array<i64: 0, 0, 1, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x17x17x32xf32>, tensor<f32>) -> tensor<4x17x20x32xf32>
    %1410 = "stablehlo.add"(%1407, %1409) : (tensor<4x17x20x32xf32>, tensor<4x17x20x32xf32>) -> tensor<4x17x20x32xf32>
    %1411 = "stablehlo.pad"(%1408, %961) {edge_padding_low = array<i64: 0, 0, 1, 0>, edge_padding_high = array<i64: 0, 0, 2, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x17x17x32xf32>, tensor<f32>) -> tensor<4x17x20x32xf32>
    %1412 = "stablehlo.add"(%1410, %1411) : (tensor<4x17x20x32xf32>, tensor<4x17x20x32xf32>) -> tensor<4x17x20x32xf32>
    %1413 = "stablehlo.pad"(%1406, %961) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 3, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x17x17x32xf32>, tensor<f32>) -> tensor<4x17x20x32xf32>
    %1414 = "stablehlo.add"(%1412, %1413) : (tensor<4x17x20x32xf32>, tensor<4x17x20x32xf32>) -> tensor<4x17x20x32xf32>
    %1415 = "stablehlo.multiply"(%1414, %977) : (tensor<4x17x20x32xf32>, tensor<4x17x20x32xf32>) -> tensor<4x17x20x32xf32>
    %1416 = "stablehlo.pad"(%1415, %961) {edge_padding_low = array<i64: 0, 3, 0, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x17x20x32xf32>, tensor<f32>) -> tensor<4x20x20x32xf32>
    %1417 = "stablehlo.multiply"(%1414, %980) : (tensor<4x17x20x32xf32>, tensor<4x17x20x32xf32>) -> tensor<4x17x20x32xf32>
    %1418 = "stablehlo.pad"(%1417, %961) {edge_padding_low = array<i64: 0, 2, 0, 0>, edge_padding_high = array<i64: 0, 1, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x17x20x32xf32>, tensor<f32>) -> tensor<4x20x20x32xf32>
    %1419 = "stablehlo.add"(%1416, %1418) : (tensor<4x20x20x32xf32>, tensor<4x20x20x32xf32>) -> tensor<4x20x20x32xf32>
    %1420 = "stablehlo.pad"(%1417, %961) {edge_padding_low = array<i64: 0, 1, 0, 0>, edge_padding_high = array<i64: 0, 2, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x17x20x32xf32>, tensor<f32>) -> tensor<4x20x20x32xf32>
    %1421 = "stablehlo.add"(%1419, %1420) : (tensor<4x20x20x32xf32>, tensor<4x20x20x32xf32>) -> tensor<4x20x20x32xf32>
    %1422 = "stablehlo.pad"(%1415, %961) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 3, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x17x20x32xf32>, tensor<f32>) -> tensor<4x20x20x32xf32>
    %1423 = "stablehlo.add"(%1421, %1422) : (tensor<4x20x20x32xf32>, tensor<4x20x20x32xf32>) -> tensor<4x20x20x32xf32>
    %1424 = "stablehlo.slice"(%1423) {start_indices = array<i64: 0, 2, 2, 0>, limit_indices = array<i64: 4, 18, 18, 32>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x20x20x32xf32>) -> tensor<4x16x16x32xf32>
    %1425 = "stablehlo.constant"() {value = dense<0.0> : tensor<4x16x16x32xf32>} : () -> tensor<4x16x16x32xf32>
    %1426 = "stablehlo.select"(%971, %1424, %1425) : (tensor<4x16x16x32xi1>, tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1427 = "stablehlo.select"(%971, %1425, %1424) : (tensor<4x16x16x32xi1>, tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1428 = "stablehlo.multiply"(%1427, %972) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1429 = "stablehlo.add"(%1426, %1428) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1430 = "stablehlo.transpose"(%arg124) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x8x32xf32>) -> tensor<3x3x32x8xf32>
    %1431 = "stablehlo.reverse"(%1430) {dimensions = array<i64: 0, 1>} : (tensor<3x3x32x8xf32>) -> tensor<3x3x32x8xf32>
    %1432 = "stablehlo.convolution"(%1429, %1431) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x16x16x32xf32>, tensor<3x3x32x8xf32>) -> tensor<4x16x16x8xf32>
    %1433 = "stablehlo.add"(%1385, %1432) : (tensor<4x16x16x8xf32>, tensor<4x16x16x8xf32>) -> tensor<4x16x16x8xf32>
    %1434 = "stablehlo.constant"() {value = dense<0.0> : tensor<4x16x16x8xf32>} : () -> tensor<4x16x16x8xf32>
    %1435 = "stablehlo.select"(%963, %1433, %1434) : (tensor<4x16x16x8xi1>, tensor<4x16x16x8xf32>, tensor<4x16x16x8xf32>) -> tensor<4x16x16x8xf32>
    %1436 = "stablehlo.select"(%963, %1434, %1433) : (tensor<4x16x16x8xi1>, tensor<4x16x16x8xf32>, tensor<4x16x16x8xf32>) -> tensor<4x16x16x8xf32>
    %1437 = "stablehlo.multiply"(%1436, %964) : (tensor<4x16x16x8xf32>, tensor<4x16x16x8xf32>) -> tensor<4x16x16x8xf32>
    %1438 = "stablehlo.add"(%1435, %1437) : (tensor<4x16x16x8xf32>, tensor<4x16x16x8xf32>) -> tensor<4x16x16x8xf32>
    %1439 = "stablehlo.transpose"(%arg122) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<1x1x3x8xf32>) -> tensor<1x1x8x3xf32>
    %1440 = "stablehlo.reverse"(%1439) {dimensions = array<i64: 0, 1>} : (tensor<1x1x8x3xf32>) -> tensor<1x1x8x3xf32>
    %1441 = "stablehlo.convolution"(%1438, %1440) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x16x16x8xf32>, tensor<1x1x8x3xf32>) -> tensor<4x16x16x3xf32>
    %1442 = "stablehlo.add"(%1225, %1441) : (tensor<4x16x16x3xf32>, tensor<4x16x16x3xf32>) -> tensor<4x16x16x3xf32>
    %1443 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1444 = "stablehlo.reduce"(%1442, %1443) ({
    ^bb0(%1445: tensor<f32>, %1446: tensor<f32>):
        %1447 = "stablehlo.add"(%1445, %1446) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1447) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x16x16x3xf32>, tensor<f32>) -> tensor<3xf32>
    %1448 = "stablehlo.transpose"(%arg120) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x32x3xf32>) -> tensor<3x3x3x32xf32>
    %1449 = "stablehlo.reverse"(%1448) {dimensions = array<i64: 0, 1>} : (tensor<3x3x3x32xf32>) -> tensor<3x3x3x32xf32>
    %1450 = "stablehlo.convolution"(%1442, %1449) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x16x16x3xf32>, tensor<3x3x3x32xf32>) -> tensor<4x16x16x32xf32>
    %1451 = "stablehlo.transpose"(%954) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<4x16x16x32xf32>) -> tensor<32x16x16x4xf32>
    %1452 = "stablehlo.transpose"(%1442) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x16x16x3xf32>) -> tensor<16x16x4x3xf32>
    %1453 = "stablehlo.convolution"(%1451, %1452) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<32x16x16x4xf32>, tensor<16x16x4x3xf32>) -> tensor<32x3x3x3xf32>
    %1454 = "stablehlo.transpose"(%1453) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<32x3x3x3xf32>) -> tensor<3x3x32x3xf32>
    %1455 = "stablehlo.multiply"(%1450, %953) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1456 = "stablehlo.multiply"(%1450, %952) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1457 = "stablehlo.multiply"(%1456, %953) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1458 = "stablehlo.constant"() {value = dense<1.0> : tensor<4x16x16x32xf32>} : () -> tensor<4x16x16x32xf32>
    %1459 = "stablehlo.subtract"(%1458, %953) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1460 = "stablehlo.multiply"(%1457, %1459) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1461 = "stablehlo.add"(%1455, %1460) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1462 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1463 = "stablehlo.reduce"(%1461, %1462) ({
    ^bb0(%1464: tensor<f32>, %1465: tensor<f32>):
        %1466 = "stablehlo.add"(%1464, %1465) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1466) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x16x16x32xf32>, tensor<f32>) -> tensor<32xf32>
    %1467 = "stablehlo.multiply"(%1461, %949) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1468 = "stablehlo.multiply"(%1461, %948) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1469 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1470 = "stablehlo.reduce"(%1468, %1469) ({
    ^bb0(%1471: tensor<f32>, %1472: tensor<f32>):
        %1473 = "stablehlo.add"(%1471, %1472) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1473) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x16x16x32xf32>, tensor<f32>) -> tensor<32xf32>
    %1474 = "stablehlo.reshape"(%1467) : (tensor<4x16x16x32xf32>) -> tensor<4x256x32x1xf32>
    %1475 = "stablehlo.multiply"(%1474, %946) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %1476 = "stablehlo.multiply"(%1474, %935) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %1477 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1478 = "stablehlo.reduce"(%1476, %1477) ({
    ^bb0(%1479: tensor<f32>, %1480: tensor<f32>):
        %1481 = "stablehlo.add"(%1479, %1480) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1481) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x256x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %1482 = "stablehlo.reshape"(%1478) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1483 = "stablehlo.multiply"(%1482, %945) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1484 = "stablehlo.constant"() {value = dense<-0.5> : tensor<4x1x32x1xf32>} : () -> tensor<4x1x32x1xf32>
    %1485 = "stablehlo.multiply"(%1483, %1484) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1486 = "stablehlo.divide"(%1485, %944) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1487 = "stablehlo.divide"(%1486, %10) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1488 = "stablehlo.reshape"(%1487) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %1489 = "stablehlo.broadcast_in_dim"(%1488) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x256x32x1xf32>
    %1490 = "stablehlo.multiply"(%1489, %935) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %1491 = "stablehlo.add"(%1475, %1490) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %1492 = "stablehlo.add"(%1491, %1490) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %1493 = "stablehlo.negate"(%1492) : (tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %1494 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1495 = "stablehlo.reduce"(%1493, %1494) ({
    ^bb0(%1496: tensor<f32>, %1497: tensor<f32>):
        %1498 = "stablehlo.add"(%1496, %1497) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1498) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x256x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %1499 = "stablehlo.reshape"(%1495) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1500 = "stablehlo.divide"(%1499, %10) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1501 = "stablehlo.reshape"(%1500) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %1502 = "stablehlo.broadcast_in_dim"(%1501) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x256x32x1xf32>
    %1503 = "stablehlo.add"(%1492, %1502) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %1504 = "stablehlo.reshape"(%1503) : (tensor<4x256x32x1xf32>) -> tensor<4x16x16x32xf32>
    %1505 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1506 = "stablehlo.reduce"(%1504, %1505) ({
    ^bb0(%1507: tensor<f32>, %1508: tensor<f32>):
        %1509 = "stablehlo.add"(%1507, %1508) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1509) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x16x16x32xf32>, tensor<f32>) -> tensor<32xf32>
    %1510 = "stablehlo.transpose"(%arg116) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %1511 = "stablehlo.reverse"(%1510) {dimensions = array<i64: 0, 1>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %1512 = "stablehlo.convolution"(%1504, %1511) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x16x16x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x16x16x32xf32>
    %1513 = "stablehlo.transpose"(%921) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<4x16x16x32xf32>) -> tensor<32x16x16x4xf32>
    %1514 = "stablehlo.transpose"(%1504) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x16x16x32xf32>) -> tensor<16x16x4x32xf32>
    %1515 = "stablehlo.convolution"(%1513, %1514) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<32x16x16x4xf32>, tensor<16x16x4x32xf32>) -> tensor<32x3x3x32xf32>
    %1516 = "stablehlo.transpose"(%1515) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<32x3x3x32xf32>) -> tensor<3x3x32x32xf32>
    %1517 = "stablehlo.multiply"(%1512, %920) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1518 = "stablehlo.multiply"(%1512, %919) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1519 = "stablehlo.multiply"(%1518, %920) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1520 = "stablehlo.subtract"(%1458, %920) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1521 = "stablehlo.multiply"(%1519, %1520) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1522 = "stablehlo.add"(%1517, %1521) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1523 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1524 = "stablehlo.reduce"(%1522, %1523) ({
    ^bb0(%1525: tensor<f32>, %1526: tensor<f32>):
        %1527 = "stablehlo.add"(%1525, %1526) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1527) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x16x16x32xf32>, tensor<f32>) -> tensor<32xf32>
    %1528 = "stablehlo.multiply"(%1522, %916) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1529 = "stablehlo.multiply"(%1522, %915) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1530 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1531 = "stablehlo.reduce"(%1529, %1530) ({
    ^bb0(%1532: tensor<f32>, %1533: tensor<f32>):
        %1534 = "stablehlo.add"(%1532, %1533) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1534) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x16x16x32xf32>, tensor<f32>) -> tensor<32xf32>
    %1535 = "stablehlo.reshape"(%1528) : (tensor<4x16x16x32xf32>) -> tensor<4x256x32x1xf32>
    %1536 = "stablehlo.multiply"(%1535, %913) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %1537 = "stablehlo.multiply"(%1535, %902) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %1538 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1539 = "stablehlo.reduce"(%1537, %1538) ({
    ^bb0(%1540: tensor<f32>, %1541: tensor<f32>):
        %1542 = "stablehlo.add"(%1540, %1541) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1542) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x256x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %1543 = "stablehlo.reshape"(%1539) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1544 = "stablehlo.multiply"(%1543, %912) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1545 = "stablehlo.multiply"(%1544, %1484) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1546 = "stablehlo.divide"(%1545, %911) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1547 = "stablehlo.divide"(%1546, %10) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1548 = "stablehlo.reshape"(%1547) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %1549 = "stablehlo.broadcast_in_dim"(%1548) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x256x32x1xf32>
    %1550 = "stablehlo.multiply"(%1549, %902) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %1551 = "stablehlo.add"(%1536, %1550) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %1552 = "stablehlo.add"(%1551, %1550) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %1553 = "stablehlo.negate"(%1552) : (tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %1554 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1555 = "stablehlo.reduce"(%1553, %1554) ({
    ^bb0(%1556: tensor<f32>, %1557: tensor<f32>):
        %1558 = "stablehlo.add"(%1556, %1557) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1558) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x256x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %1559 = "stablehlo.reshape"(%1555) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1560 = "stablehlo.divide"(%1559, %10) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1561 = "stablehlo.reshape"(%1560) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %1562 = "stablehlo.broadcast_in_dim"(%1561) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x256x32x1xf32>
    %1563 = "stablehlo.add"(%1552, %1562) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %1564 = "stablehlo.reshape"(%1563) : (tensor<4x256x32x1xf32>) -> tensor<4x16x16x32xf32>
    %1565 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1566 = "stablehlo.reduce"(%1564, %1565) ({
    ^bb0(%1567: tensor<f32>, %1568: tensor<f32>):
        %1569 = "stablehlo.add"(%1567, %1568) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1569) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x16x16x32xf32>, tensor<f32>) -> tensor<32xf32>
    %1570 = "stablehlo.transpose"(%arg112) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %1571 = "stablehlo.reverse"(%1570) {dimensions = array<i64: 0, 1>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %1572 = "stablehlo.convolution"(%1564, %1571) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x16x16x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x16x16x32xf32>
    %1573 = "stablehlo.transpose"(%889) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<4x16x16x32xf32>) -> tensor<32x16x16x4xf32>
    %1574 = "stablehlo.transpose"(%1564) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x16x16x32xf32>) -> tensor<16x16x4x32xf32>
    %1575 = "stablehlo.convolution"(%1573, %1574) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<32x16x16x4xf32>, tensor<16x16x4x32xf32>) -> tensor<32x3x3x32xf32>
    %1576 = "stablehlo.transpose"(%1575) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<32x3x3x32xf32>) -> tensor<3x3x32x32xf32>
    %1577 = "stablehlo.multiply"(%1572, %888) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1578 = "stablehlo.multiply"(%1572, %887) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1579 = "stablehlo.multiply"(%1578, %888) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1580 = "stablehlo.subtract"(%1458, %888) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1581 = "stablehlo.multiply"(%1579, %1580) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1582 = "stablehlo.add"(%1577, %1581) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1583 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1584 = "stablehlo.reduce"(%1582, %1583) ({
    ^bb0(%1585: tensor<f32>, %1586: tensor<f32>):
        %1587 = "stablehlo.add"(%1585, %1586) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1587) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x16x16x32xf32>, tensor<f32>) -> tensor<32xf32>
    %1588 = "stablehlo.multiply"(%1582, %884) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1589 = "stablehlo.multiply"(%1582, %883) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1590 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1591 = "stablehlo.reduce"(%1589, %1590) ({
    ^bb0(%1592: tensor<f32>, %1593: tensor<f32>):
        %1594 = "stablehlo.add"(%1592, %1593) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1594) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x16x16x32xf32>, tensor<f32>) -> tensor<32xf32>
    %1595 = "stablehlo.reshape"(%1588) : (tensor<4x16x16x32xf32>) -> tensor<4x256x32x1xf32>
    %1596 = "stablehlo.multiply"(%1595, %881) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %1597 = "stablehlo.multiply"(%1595, %870) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %1598 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1599 = "stablehlo.reduce"(%1597, %1598) ({
    ^bb0(%1600: tensor<f32>, %1601: tensor<f32>):
        %1602 = "stablehlo.add"(%1600, %1601) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1602) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x256x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %1603 = "stablehlo.reshape"(%1599) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1604 = "stablehlo.multiply"(%1603, %880) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1605 = "stablehlo.multiply"(%1604, %1484) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1606 = "stablehlo.divide"(%1605, %879) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1607 = "stablehlo.divide"(%1606, %10) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1608 = "stablehlo.reshape"(%1607) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %1609 = "stablehlo.broadcast_in_dim"(%1608) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x256x32x1xf32>
    %1610 = "stablehlo.multiply"(%1609, %870) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %1611 = "stablehlo.add"(%1596, %1610) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %1612 = "stablehlo.add"(%1611, %1610) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %1613 = "stablehlo.negate"(%1612) : (tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %1614 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1615 = "stablehlo.reduce"(%1613, %1614) ({
    ^bb0(%1616: tensor<f32>, %1617: tensor<f32>):
        %1618 = "stablehlo.add"(%1616, %1617) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1618) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x256x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %1619 = "stablehlo.reshape"(%1615) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1620 = "stablehlo.divide"(%1619, %10) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1621 = "stablehlo.reshape"(%1620) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %1622 = "stablehlo.broadcast_in_dim"(%1621) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x256x32x1xf32>
    %1623 = "stablehlo.add"(%1612, %1622) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %1624 = "stablehlo.reshape"(%1623) : (tensor<4x256x32x1xf32>) -> tensor<4x16x16x32xf32>
    %1625 = "stablehlo.add"(%1504, %1624) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1626 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1627 = "stablehlo.reduce"(%1625, %1626) ({
    ^bb0(%1628: tensor<f32>, %1629: tensor<f32>):
        %1630 = "stablehlo.add"(%1628, %1629) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1630) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x16x16x32xf32>, tensor<f32>) -> tensor<32xf32>
    %1631 = "stablehlo.transpose"(%arg108) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %1632 = "stablehlo.reverse"(%1631) {dimensions = array<i64: 0, 1>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %1633 = "stablehlo.convolution"(%1625, %1632) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x16x16x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x16x16x32xf32>
    %1634 = "stablehlo.transpose"(%856) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<4x16x16x32xf32>) -> tensor<32x16x16x4xf32>
    %1635 = "stablehlo.transpose"(%1625) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x16x16x32xf32>) -> tensor<16x16x4x32xf32>
    %1636 = "stablehlo.convolution"(%1634, %1635) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<32x16x16x4xf32>, tensor<16x16x4x32xf32>) -> tensor<32x3x3x32xf32>
    %1637 = "stablehlo.transpose"(%1636) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<32x3x3x32xf32>) -> tensor<3x3x32x32xf32>
    %1638 = "stablehlo.multiply"(%1633, %855) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1639 = "stablehlo.multiply"(%1633, %854) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1640 = "stablehlo.multiply"(%1639, %855) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1641 = "stablehlo.subtract"(%1458, %855) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1642 = "stablehlo.multiply"(%1640, %1641) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1643 = "stablehlo.add"(%1638, %1642) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1644 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1645 = "stablehlo.reduce"(%1643, %1644) ({
    ^bb0(%1646: tensor<f32>, %1647: tensor<f32>):
        %1648 = "stablehlo.add"(%1646, %1647) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1648) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x16x16x32xf32>, tensor<f32>) -> tensor<32xf32>
    %1649 = "stablehlo.multiply"(%1643, %851) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1650 = "stablehlo.multiply"(%1643, %850) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1651 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1652 = "stablehlo.reduce"(%1650, %1651) ({
    ^bb0(%1653: tensor<f32>, %1654: tensor<f32>):
        %1655 = "stablehlo.add"(%1653, %1654) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1655) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x16x16x32xf32>, tensor<f32>) -> tensor<32xf32>
    %1656 = "stablehlo.reshape"(%1649) : (tensor<4x16x16x32xf32>) -> tensor<4x256x32x1xf32>
    %1657 = "stablehlo.multiply"(%1656, %848) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %1658 = "stablehlo.multiply"(%1656, %837) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %1659 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1660 = "stablehlo.reduce"(%1658, %1659) ({
    ^bb0(%1661: tensor<f32>, %1662: tensor<f32>):
        %1663 = "stablehlo.add"(%1661, %1662) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1663) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x256x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %1664 = "stablehlo.reshape"(%1660) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1665 = "stablehlo.multiply"(%1664, %847) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1666 = "stablehlo.multiply"(%1665, %1484) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1667 = "stablehlo.divide"(%1666, %846) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1668 = "stablehlo.divide"(%1667, %10) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1669 = "stablehlo.reshape"(%1668) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %1670 = "stablehlo.broadcast_in_dim"(%1669) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x256x32x1xf32>
    %1671 = "stablehlo.multiply"(%1670, %837) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %1672 = "stablehlo.add"(%1657, %1671) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %1673 = "stablehlo.add"(%1672, %1671) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %1674 = "stablehlo.negate"(%1673) : (tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %1675 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1676 = "stablehlo.reduce"(%1674, %1675) ({
    ^bb0(%1677: tensor<f32>, %1678: tensor<f32>):
        %1679 = "stablehlo.add"(%1677, %1678) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1679) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x256x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %1680 = "stablehlo.reshape"(%1676) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1681 = "stablehlo.divide"(%1680, %10) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1682 = "stablehlo.reshape"(%1681) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %1683 = "stablehlo.broadcast_in_dim"(%1682) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x256x32x1xf32>
    %1684 = "stablehlo.add"(%1673, %1683) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %1685 = "stablehlo.reshape"(%1684) : (tensor<4x256x32x1xf32>) -> tensor<4x16x16x32xf32>
    %1686 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1687 = "stablehlo.reduce"(%1685, %1686) ({
    ^bb0(%1688: tensor<f32>, %1689: tensor<f32>):
        %1690 = "stablehlo.add"(%1688, %1689) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1690) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x16x16x32xf32>, tensor<f32>) -> tensor<32xf32>
    %1691 = "stablehlo.transpose"(%arg104) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %1692 = "stablehlo.reverse"(%1691) {dimensions = array<i64: 0, 1>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %1693 = "stablehlo.convolution"(%1685, %1692) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x16x16x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x16x16x32xf32>
    %1694 = "stablehlo.transpose"(%824) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<4x16x16x32xf32>) -> tensor<32x16x16x4xf32>
    %1695 = "stablehlo.transpose"(%1685) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x16x16x32xf32>) -> tensor<16x16x4x32xf32>
    %1696 = "stablehlo.convolution"(%1694, %1695) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<32x16x16x4xf32>, tensor<16x16x4x32xf32>) -> tensor<32x3x3x32xf32>
    %1697 = "stablehlo.transpose"(%1696) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<32x3x3x32xf32>) -> tensor<3x3x32x32xf32>
    %1698 = "stablehlo.multiply"(%1693, %823) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1699 = "stablehlo.multiply"(%1693, %822) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1700 = "stablehlo.multiply"(%1699, %823) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1701 = "stablehlo.subtract"(%1458, %823) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1702 = "stablehlo.multiply"(%1700, %1701) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1703 = "stablehlo.add"(%1698, %1702) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1704 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1705 = "stablehlo.reduce"(%1703, %1704) ({
    ^bb0(%1706: tensor<f32>, %1707: tensor<f32>):
        %1708 = "stablehlo.add"(%1706, %1707) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1708) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x16x16x32xf32>, tensor<f32>) -> tensor<32xf32>
    %1709 = "stablehlo.multiply"(%1703, %819) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1710 = "stablehlo.multiply"(%1703, %818) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1711 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1712 = "stablehlo.reduce"(%1710, %1711) ({
    ^bb0(%1713: tensor<f32>, %1714: tensor<f32>):
        %1715 = "stablehlo.add"(%1713, %1714) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1715) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x16x16x32xf32>, tensor<f32>) -> tensor<32xf32>
    %1716 = "stablehlo.reshape"(%1709) : (tensor<4x16x16x32xf32>) -> tensor<4x256x32x1xf32>
    %1717 = "stablehlo.multiply"(%1716, %816) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %1718 = "stablehlo.multiply"(%1716, %805) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %1719 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1720 = "stablehlo.reduce"(%1718, %1719) ({
    ^bb0(%1721: tensor<f32>, %1722: tensor<f32>):
        %1723 = "stablehlo.add"(%1721, %1722) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1723) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x256x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %1724 = "stablehlo.reshape"(%1720) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1725 = "stablehlo.multiply"(%1724, %815) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1726 = "stablehlo.multiply"(%1725, %1484) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1727 = "stablehlo.divide"(%1726, %814) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1728 = "stablehlo.divide"(%1727, %10) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1729 = "stablehlo.reshape"(%1728) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %1730 = "stablehlo.broadcast_in_dim"(%1729) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x256x32x1xf32>
    %1731 = "stablehlo.multiply"(%1730, %805) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %1732 = "stablehlo.add"(%1717, %1731) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %1733 = "stablehlo.add"(%1732, %1731) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %1734 = "stablehlo.negate"(%1733) : (tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %1735 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1736 = "stablehlo.reduce"(%1734, %1735) ({
    ^bb0(%1737: tensor<f32>, %1738: tensor<f32>):
        %1739 = "stablehlo.add"(%1737, %1738) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1739) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x256x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %1740 = "stablehlo.reshape"(%1736) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1741 = "stablehlo.divide"(%1740, %10) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1742 = "stablehlo.reshape"(%1741) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %1743 = "stablehlo.broadcast_in_dim"(%1742) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x256x32x1xf32>
    %1744 = "stablehlo.add"(%1733, %1743) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %1745 = "stablehlo.reshape"(%1744) : (tensor<4x256x32x1xf32>) -> tensor<4x16x16x32xf32>
    %1746 = "stablehlo.add"(%1625, %1745) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1747 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1748 = "stablehlo.reduce"(%1746, %1747) ({
    ^bb0(%1749: tensor<f32>, %1750: tensor<f32>):
        %1751 = "stablehlo.add"(%1749, %1750) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1751) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x16x16x32xf32>, tensor<f32>) -> tensor<32xf32>
    %1752 = "stablehlo.transpose"(%arg100) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %1753 = "stablehlo.reverse"(%1752) {dimensions = array<i64: 0, 1>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %1754 = "stablehlo.convolution"(%1746, %1753) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x16x16x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x16x16x32xf32>
    %1755 = "stablehlo.transpose"(%792) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<4x16x16x32xf32>) -> tensor<32x16x16x4xf32>
    %1756 = "stablehlo.transpose"(%1746) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x16x16x32xf32>) -> tensor<16x16x4x32xf32>
    %1757 = "stablehlo.convolution"(%1755, %1756) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<32x16x16x4xf32>, tensor<16x16x4x32xf32>) -> tensor<32x3x3x32xf32>
    %1758 = "stablehlo.transpose"(%1757) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<32x3x3x32xf32>) -> tensor<3x3x32x32xf32>
    %1759 = "stablehlo.reshape"(%1754) : (tensor<4x16x16x32xf32>) -> tensor<4x8x2x8x2x32xf32>
    %1760 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1761 = "stablehlo.reduce"(%1759, %1760) ({
    ^bb0(%1762: tensor<f32>, %1763: tensor<f32>):
        %1764 = "stablehlo.add"(%1762, %1763) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1764) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2, 4>} : (tensor<4x8x2x8x2x32xf32>, tensor<f32>) -> tensor<4x8x8x32xf32>
    %1765 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1766 = "stablehlo.reduce"(%1761, %1765) ({
    ^bb0(%1767: tensor<f32>, %1768: tensor<f32>):
        %1769 = "stablehlo.add"(%1767, %1768) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1769) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %1770 = "stablehlo.transpose"(%arg98) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %1771 = "stablehlo.reverse"(%1770) {dimensions = array<i64: 0, 1>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %1772 = "stablehlo.convolution"(%1761, %1771) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x8x8x32xf32>
    %1773 = "stablehlo.transpose"(%786) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<4x8x8x32xf32>) -> tensor<32x8x8x4xf32>
    %1774 = "stablehlo.transpose"(%1761) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x8x8x32xf32>) -> tensor<8x8x4x32xf32>
    %1775 = "stablehlo.convolution"(%1773, %1774) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<32x8x8x4xf32>, tensor<8x8x4x32xf32>) -> tensor<32x3x3x32xf32>
    %1776 = "stablehlo.transpose"(%1775) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<32x3x3x32xf32>) -> tensor<3x3x32x32xf32>
    %1777 = "stablehlo.multiply"(%1772, %785) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %1778 = "stablehlo.multiply"(%1772, %784) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %1779 = "stablehlo.multiply"(%1778, %785) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %1780 = "stablehlo.constant"() {value = dense<1.0> : tensor<4x8x8x32xf32>} : () -> tensor<4x8x8x32xf32>
    %1781 = "stablehlo.subtract"(%1780, %785) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %1782 = "stablehlo.multiply"(%1779, %1781) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %1783 = "stablehlo.add"(%1777, %1782) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %1784 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1785 = "stablehlo.reduce"(%1783, %1784) ({
    ^bb0(%1786: tensor<f32>, %1787: tensor<f32>):
        %1788 = "stablehlo.add"(%1786, %1787) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1788) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %1789 = "stablehlo.multiply"(%1783, %781) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %1790 = "stablehlo.multiply"(%1783, %780) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %1791 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1792 = "stablehlo.reduce"(%1790, %1791) ({
    ^bb0(%1793: tensor<f32>, %1794: tensor<f32>):
        %1795 = "stablehlo.add"(%1793, %1794) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1795) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %1796 = "stablehlo.reshape"(%1789) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32x1xf32>
    %1797 = "stablehlo.multiply"(%1796, %778) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %1798 = "stablehlo.multiply"(%1796, %767) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %1799 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1800 = "stablehlo.reduce"(%1798, %1799) ({
    ^bb0(%1801: tensor<f32>, %1802: tensor<f32>):
        %1803 = "stablehlo.add"(%1801, %1802) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1803) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %1804 = "stablehlo.reshape"(%1800) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1805 = "stablehlo.multiply"(%1804, %777) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1806 = "stablehlo.multiply"(%1805, %1484) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1807 = "stablehlo.divide"(%1806, %776) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1808 = "stablehlo.divide"(%1807, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1809 = "stablehlo.reshape"(%1808) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %1810 = "stablehlo.broadcast_in_dim"(%1809) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x64x32x1xf32>
    %1811 = "stablehlo.multiply"(%1810, %767) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %1812 = "stablehlo.add"(%1797, %1811) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %1813 = "stablehlo.add"(%1812, %1811) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %1814 = "stablehlo.negate"(%1813) : (tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %1815 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1816 = "stablehlo.reduce"(%1814, %1815) ({
    ^bb0(%1817: tensor<f32>, %1818: tensor<f32>):
        %1819 = "stablehlo.add"(%1817, %1818) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1819) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %1820 = "stablehlo.reshape"(%1816) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1821 = "stablehlo.divide"(%1820, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1822 = "stablehlo.reshape"(%1821) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %1823 = "stablehlo.broadcast_in_dim"(%1822) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x64x32x1xf32>
    %1824 = "stablehlo.add"(%1813, %1823) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %1825 = "stablehlo.reshape"(%1824) : (tensor<4x64x32x1xf32>) -> tensor<4x8x8x32xf32>
    %1826 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1827 = "stablehlo.reduce"(%1825, %1826) ({
    ^bb0(%1828: tensor<f32>, %1829: tensor<f32>):
        %1830 = "stablehlo.add"(%1828, %1829) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1830) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %1831 = "stablehlo.transpose"(%arg94) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %1832 = "stablehlo.reverse"(%1831) {dimensions = array<i64: 0, 1>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %1833 = "stablehlo.convolution"(%1825, %1832) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x8x8x32xf32>
    %1834 = "stablehlo.transpose"(%754) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<4x8x8x32xf32>) -> tensor<32x8x8x4xf32>
    %1835 = "stablehlo.transpose"(%1825) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x8x8x32xf32>) -> tensor<8x8x4x32xf32>
    %1836 = "stablehlo.convolution"(%1834, %1835) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<32x8x8x4xf32>, tensor<8x8x4x32xf32>) -> tensor<32x3x3x32xf32>
    %1837 = "stablehlo.transpose"(%1836) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<32x3x3x32xf32>) -> tensor<3x3x32x32xf32>
    %1838 = "stablehlo.multiply"(%1833, %753) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %1839 = "stablehlo.multiply"(%1833, %752) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %1840 = "stablehlo.multiply"(%1839, %753) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %1841 = "stablehlo.subtract"(%1780, %753) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %1842 = "stablehlo.multiply"(%1840, %1841) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %1843 = "stablehlo.add"(%1838, %1842) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %1844 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1845 = "stablehlo.reduce"(%1843, %1844) ({
    ^bb0(%1846: tensor<f32>, %1847: tensor<f32>):
        %1848 = "stablehlo.add"(%1846, %1847) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1848) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %1849 = "stablehlo.multiply"(%1843, %749) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %1850 = "stablehlo.multiply"(%1843, %748) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %1851 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1852 = "stablehlo.reduce"(%1850, %1851) ({
    ^bb0(%1853: tensor<f32>, %1854: tensor<f32>):
        %1855 = "stablehlo.add"(%1853, %1854) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1855) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %1856 = "stablehlo.reshape"(%1849) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32x1xf32>
    %1857 = "stablehlo.multiply"(%1856, %746) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %1858 = "stablehlo.multiply"(%1856, %735) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %1859 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1860 = "stablehlo.reduce"(%1858, %1859) ({
    ^bb0(%1861: tensor<f32>, %1862: tensor<f32>):
        %1863 = "stablehlo.add"(%1861, %1862) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1863) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %1864 = "stablehlo.reshape"(%1860) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1865 = "stablehlo.multiply"(%1864, %745) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1866 = "stablehlo.multiply"(%1865, %1484) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1867 = "stablehlo.divide"(%1866, %744) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1868 = "stablehlo.divide"(%1867, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1869 = "stablehlo.reshape"(%1868) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %1870 = "stablehlo.broadcast_in_dim"(%1869) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x64x32x1xf32>
    %1871 = "stablehlo.multiply"(%1870, %735) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %1872 = "stablehlo.add"(%1857, %1871) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %1873 = "stablehlo.add"(%1872, %1871) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %1874 = "stablehlo.negate"(%1873) : (tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %1875 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1876 = "stablehlo.reduce"(%1874, %1875) ({
    ^bb0(%1877: tensor<f32>, %1878: tensor<f32>):
        %1879 = "stablehlo.add"(%1877, %1878) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1879) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %1880 = "stablehlo.reshape"(%1876) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1881 = "stablehlo.divide"(%1880, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1882 = "stablehlo.reshape"(%1881) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %1883 = "stablehlo.broadcast_in_dim"(%1882) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x64x32x1xf32>
    %1884 = "stablehlo.add"(%1873, %1883) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %1885 = "stablehlo.reshape"(%1884) : (tensor<4x64x32x1xf32>) -> tensor<4x8x8x32xf32>
    %1886 = "stablehlo.add"(%1761, %1885) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %1887 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1888 = "stablehlo.reduce"(%1886, %1887) ({
    ^bb0(%1889: tensor<f32>, %1890: tensor<f32>):
        %1891 = "stablehlo.add"(%1889, %1890) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1891) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %1892 = "stablehlo.transpose"(%arg90) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %1893 = "stablehlo.reverse"(%1892) {dimensions = array<i64: 0, 1>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %1894 = "stablehlo.convolution"(%1886, %1893) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x8x8x32xf32>
    %1895 = "stablehlo.transpose"(%721) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<4x8x8x32xf32>) -> tensor<32x8x8x4xf32>
    %1896 = "stablehlo.transpose"(%1886) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x8x8x32xf32>) -> tensor<8x8x4x32xf32>
    %1897 = "stablehlo.convolution"(%1895, %1896) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<32x8x8x4xf32>, tensor<8x8x4x32xf32>) -> tensor<32x3x3x32xf32>
    %1898 = "stablehlo.transpose"(%1897) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<32x3x3x32xf32>) -> tensor<3x3x32x32xf32>
    %1899 = "stablehlo.multiply"(%1894, %720) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %1900 = "stablehlo.multiply"(%1894, %719) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %1901 = "stablehlo.multiply"(%1900, %720) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %1902 = "stablehlo.subtract"(%1780, %720) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %1903 = "stablehlo.multiply"(%1901, %1902) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %1904 = "stablehlo.add"(%1899, %1903) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %1905 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1906 = "stablehlo.reduce"(%1904, %1905) ({
    ^bb0(%1907: tensor<f32>, %1908: tensor<f32>):
        %1909 = "stablehlo.add"(%1907, %1908) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1909) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %1910 = "stablehlo.multiply"(%1904, %716) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %1911 = "stablehlo.multiply"(%1904, %715) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %1912 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1913 = "stablehlo.reduce"(%1911, %1912) ({
    ^bb0(%1914: tensor<f32>, %1915: tensor<f32>):
        %1916 = "stablehlo.add"(%1914, %1915) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1916) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %1917 = "stablehlo.reshape"(%1910) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32x1xf32>
    %1918 = "stablehlo.multiply"(%1917, %713) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %1919 = "stablehlo.multiply"(%1917, %702) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %1920 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1921 = "stablehlo.reduce"(%1919, %1920) ({
    ^bb0(%1922: tensor<f32>, %1923: tensor<f32>):
        %1924 = "stablehlo.add"(%1922, %1923) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1924) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %1925 = "stablehlo.reshape"(%1921) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1926 = "stablehlo.multiply"(%1925, %712) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1927 = "stablehlo.multiply"(%1926, %1484) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1928 = "stablehlo.divide"(%1927, %711) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1929 = "stablehlo.divide"(%1928, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1930 = "stablehlo.reshape"(%1929) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %1931 = "stablehlo.broadcast_in_dim"(%1930) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x64x32x1xf32>
    %1932 = "stablehlo.multiply"(%1931, %702) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %1933 = "stablehlo.add"(%1918, %1932) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %1934 = "stablehlo.add"(%1933, %1932) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %1935 = "stablehlo.negate"(%1934) : (tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %1936 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1937 = "stablehlo.reduce"(%1935, %1936) ({
    ^bb0(%1938: tensor<f32>, %1939: tensor<f32>):
        %1940 = "stablehlo.add"(%1938, %1939) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1940) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %1941 = "stablehlo.reshape"(%1937) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1942 = "stablehlo.divide"(%1941, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1943 = "stablehlo.reshape"(%1942) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %1944 = "stablehlo.broadcast_in_dim"(%1943) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x64x32x1xf32>
    %1945 = "stablehlo.add"(%1934, %1944) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %1946 = "stablehlo.reshape"(%1945) : (tensor<4x64x32x1xf32>) -> tensor<4x8x8x32xf32>
    %1947 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1948 = "stablehlo.reduce"(%1946, %1947) ({
    ^bb0(%1949: tensor<f32>, %1950: tensor<f32>):
        %1951 = "stablehlo.add"(%1949, %1950) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1951) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %1952 = "stablehlo.transpose"(%arg86) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %1953 = "stablehlo.reverse"(%1952) {dimensions = array<i64: 0, 1>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %1954 = "stablehlo.convolution"(%1946, %1953) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x8x8x32xf32>
    %1955 = "stablehlo.transpose"(%689) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<4x8x8x32xf32>) -> tensor<32x8x8x4xf32>
    %1956 = "stablehlo.transpose"(%1946) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x8x8x32xf32>) -> tensor<8x8x4x32xf32>
    %1957 = "stablehlo.convolution"(%1955, %1956) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<32x8x8x4xf32>, tensor<8x8x4x32xf32>) -> tensor<32x3x3x32xf32>
    %1958 = "stablehlo.transpose"(%1957) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<32x3x3x32xf32>) -> tensor<3x3x32x32xf32>
    %1959 = "stablehlo.multiply"(%1954, %688) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %1960 = "stablehlo.multiply"(%1954, %687) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %1961 = "stablehlo.multiply"(%1960, %688) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %1962 = "stablehlo.subtract"(%1780, %688) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %1963 = "stablehlo.multiply"(%1961, %1962) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %1964 = "stablehlo.add"(%1959, %1963) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %1965 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1966 = "stablehlo.reduce"(%1964, %1965) ({
    ^bb0(%1967: tensor<f32>, %1968: tensor<f32>):
        %1969 = "stablehlo.add"(%1967, %1968) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1969) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %1970 = "stablehlo.multiply"(%1964, %684) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %1971 = "stablehlo.multiply"(%1964, %683) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %1972 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1973 = "stablehlo.reduce"(%1971, %1972) ({
    ^bb0(%1974: tensor<f32>, %1975: tensor<f32>):
        %1976 = "stablehlo.add"(%1974, %1975) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1976) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %1977 = "stablehlo.reshape"(%1970) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32x1xf32>
    %1978 = "stablehlo.multiply"(%1977, %681) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %1979 = "stablehlo.multiply"(%1977, %670) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %1980 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1981 = "stablehlo.reduce"(%1979, %1980) ({
    ^bb0(%1982: tensor<f32>, %1983: tensor<f32>):
        %1984 = "stablehlo.add"(%1982, %1983) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1984) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %1985 = "stablehlo.reshape"(%1981) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1986 = "stablehlo.multiply"(%1985, %680) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1987 = "stablehlo.multiply"(%1986, %1484) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1988 = "stablehlo.divide"(%1987, %679) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1989 = "stablehlo.divide"(%1988, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1990 = "stablehlo.reshape"(%1989) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %1991 = "stablehlo.broadcast_in_dim"(%1990) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x64x32x1xf32>
    %1992 = "stablehlo.multiply"(%1991, %670) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %1993 = "stablehlo.add"(%1978, %1992) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %1994 = "stablehlo.add"(%1993, %1992) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %1995 = "stablehlo.negate"(%1994) : (tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %1996 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1997 = "stablehlo.reduce"(%1995, %1996) ({
    ^bb0(%1998: tensor<f32>, %1999: tensor<f32>):
        %2000 = "stablehlo.add"(%1998, %1999) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2000) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %2001 = "stablehlo.reshape"(%1997) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2002 = "stablehlo.divide"(%2001, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2003 = "stablehlo.reshape"(%2002) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %2004 = "stablehlo.broadcast_in_dim"(%2003) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x64x32x1xf32>
    %2005 = "stablehlo.add"(%1994, %2004) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2006 = "stablehlo.reshape"(%2005) : (tensor<4x64x32x1xf32>) -> tensor<4x8x8x32xf32>
    %2007 = "stablehlo.add"(%1886, %2006) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2008 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2009 = "stablehlo.reduce"(%2007, %2008) ({
    ^bb0(%2010: tensor<f32>, %2011: tensor<f32>):
        %2012 = "stablehlo.add"(%2010, %2011) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2012) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2013 = "stablehlo.transpose"(%arg82) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %2014 = "stablehlo.reverse"(%2013) {dimensions = array<i64: 0, 1>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %2015 = "stablehlo.convolution"(%2007, %2014) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x8x8x32xf32>
    %2016 = "stablehlo.transpose"(%656) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<4x8x8x32xf32>) -> tensor<32x8x8x4xf32>
    %2017 = "stablehlo.transpose"(%2007) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x8x8x32xf32>) -> tensor<8x8x4x32xf32>
    %2018 = "stablehlo.convolution"(%2016, %2017) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<32x8x8x4xf32>, tensor<8x8x4x32xf32>) -> tensor<32x3x3x32xf32>
    %2019 = "stablehlo.transpose"(%2018) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<32x3x3x32xf32>) -> tensor<3x3x32x32xf32>
    %2020 = "stablehlo.multiply"(%2015, %655) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2021 = "stablehlo.multiply"(%2015, %654) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2022 = "stablehlo.multiply"(%2021, %655) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2023 = "stablehlo.subtract"(%1780, %655) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2024 = "stablehlo.multiply"(%2022, %2023) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2025 = "stablehlo.add"(%2020, %2024) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2026 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2027 = "stablehlo.reduce"(%2025, %2026) ({
    ^bb0(%2028: tensor<f32>, %2029: tensor<f32>):
        %2030 = "stablehlo.add"(%2028, %2029) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2030) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2031 = "stablehlo.multiply"(%2025, %651) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2032 = "stablehlo.multiply"(%2025, %650) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2033 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2034 = "stablehlo.reduce"(%2032, %2033) ({
    ^bb0(%2035: tensor<f32>, %2036: tensor<f32>):
        %2037 = "stablehlo.add"(%2035, %2036) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2037) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2038 = "stablehlo.reshape"(%2031) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32x1xf32>
    %2039 = "stablehlo.multiply"(%2038, %648) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2040 = "stablehlo.multiply"(%2038, %637) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2041 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2042 = "stablehlo.reduce"(%2040, %2041) ({
    ^bb0(%2043: tensor<f32>, %2044: tensor<f32>):
        %2045 = "stablehlo.add"(%2043, %2044) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2045) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %2046 = "stablehlo.reshape"(%2042) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2047 = "stablehlo.multiply"(%2046, %647) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2048 = "stablehlo.multiply"(%2047, %1484) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2049 = "stablehlo.divide"(%2048, %646) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2050 = "stablehlo.divide"(%2049, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2051 = "stablehlo.reshape"(%2050) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %2052 = "stablehlo.broadcast_in_dim"(%2051) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x64x32x1xf32>
    %2053 = "stablehlo.multiply"(%2052, %637) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2054 = "stablehlo.add"(%2039, %2053) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2055 = "stablehlo.add"(%2054, %2053) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2056 = "stablehlo.negate"(%2055) : (tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2057 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2058 = "stablehlo.reduce"(%2056, %2057) ({
    ^bb0(%2059: tensor<f32>, %2060: tensor<f32>):
        %2061 = "stablehlo.add"(%2059, %2060) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2061) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %2062 = "stablehlo.reshape"(%2058) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2063 = "stablehlo.divide"(%2062, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2064 = "stablehlo.reshape"(%2063) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %2065 = "stablehlo.broadcast_in_dim"(%2064) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x64x32x1xf32>
    %2066 = "stablehlo.add"(%2055, %2065) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2067 = "stablehlo.reshape"(%2066) : (tensor<4x64x32x1xf32>) -> tensor<4x8x8x32xf32>
    %2068 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2069 = "stablehlo.reduce"(%2067, %2068) ({
    ^bb0(%2070: tensor<f32>, %2071: tensor<f32>):
        %2072 = "stablehlo.add"(%2070, %2071) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2072) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2073 = "stablehlo.transpose"(%arg78) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %2074 = "stablehlo.reverse"(%2073) {dimensions = array<i64: 0, 1>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %2075 = "stablehlo.convolution"(%2067, %2074) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x8x8x32xf32>
    %2076 = "stablehlo.transpose"(%624) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<4x8x8x32xf32>) -> tensor<32x8x8x4xf32>
    %2077 = "stablehlo.transpose"(%2067) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x8x8x32xf32>) -> tensor<8x8x4x32xf32>
    %2078 = "stablehlo.convolution"(%2076, %2077) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<32x8x8x4xf32>, tensor<8x8x4x32xf32>) -> tensor<32x3x3x32xf32>
    %2079 = "stablehlo.transpose"(%2078) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<32x3x3x32xf32>) -> tensor<3x3x32x32xf32>
    %2080 = "stablehlo.multiply"(%2075, %623) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2081 = "stablehlo.multiply"(%2075, %622) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2082 = "stablehlo.multiply"(%2081, %623) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2083 = "stablehlo.subtract"(%1780, %623) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2084 = "stablehlo.multiply"(%2082, %2083) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2085 = "stablehlo.add"(%2080, %2084) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2086 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2087 = "stablehlo.reduce"(%2085, %2086) ({
    ^bb0(%2088: tensor<f32>, %2089: tensor<f32>):
        %2090 = "stablehlo.add"(%2088, %2089) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2090) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2091 = "stablehlo.multiply"(%2085, %619) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2092 = "stablehlo.multiply"(%2085, %618) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2093 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2094 = "stablehlo.reduce"(%2092, %2093) ({
    ^bb0(%2095: tensor<f32>, %2096: tensor<f32>):
        %2097 = "stablehlo.add"(%2095, %2096) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2097) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2098 = "stablehlo.reshape"(%2091) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32x1xf32>
    %2099 = "stablehlo.multiply"(%2098, %616) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2100 = "stablehlo.multiply"(%2098, %605) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2101 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2102 = "stablehlo.reduce"(%2100, %2101) ({
    ^bb0(%2103: tensor<f32>, %2104: tensor<f32>):
        %2105 = "stablehlo.add"(%2103, %2104) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2105) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %2106 = "stablehlo.reshape"(%2102) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2107 = "stablehlo.multiply"(%2106, %615) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2108 = "stablehlo.multiply"(%2107, %1484) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2109 = "stablehlo.divide"(%2108, %614) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2110 = "stablehlo.divide"(%2109, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2111 = "stablehlo.reshape"(%2110) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %2112 = "stablehlo.broadcast_in_dim"(%2111) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x64x32x1xf32>
    %2113 = "stablehlo.multiply"(%2112, %605) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2114 = "stablehlo.add"(%2099, %2113) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2115 = "stablehlo.add"(%2114, %2113) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2116 = "stablehlo.negate"(%2115) : (tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2117 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2118 = "stablehlo.reduce"(%2116, %2117) ({
    ^bb0(%2119: tensor<f32>, %2120: tensor<f32>):
        %2121 = "stablehlo.add"(%2119, %2120) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2121) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %2122 = "stablehlo.reshape"(%2118) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2123 = "stablehlo.divide"(%2122, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2124 = "stablehlo.reshape"(%2123) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %2125 = "stablehlo.broadcast_in_dim"(%2124) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x64x32x1xf32>
    %2126 = "stablehlo.add"(%2115, %2125) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2127 = "stablehlo.reshape"(%2126) : (tensor<4x64x32x1xf32>) -> tensor<4x8x8x32xf32>
    %2128 = "stablehlo.add"(%2007, %2127) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2129 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2130 = "stablehlo.reduce"(%2128, %2129) ({
    ^bb0(%2131: tensor<f32>, %2132: tensor<f32>):
        %2133 = "stablehlo.add"(%2131, %2132) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2133) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2134 = "stablehlo.transpose"(%arg74) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %2135 = "stablehlo.reverse"(%2134) {dimensions = array<i64: 0, 1>} : (tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %2136 = "stablehlo.convolution"(%2128, %2135) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<1x1x32x32xf32>) -> tensor<4x8x8x32xf32>
    %2137 = "stablehlo.transpose"(%591) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<4x8x8x32xf32>) -> tensor<32x8x8x4xf32>
    %2138 = "stablehlo.transpose"(%2128) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x8x8x32xf32>) -> tensor<8x8x4x32xf32>
    %2139 = "stablehlo.convolution"(%2137, %2138) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<32x8x8x4xf32>, tensor<8x8x4x32xf32>) -> tensor<32x1x1x32xf32>
    %2140 = "stablehlo.transpose"(%2139) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<32x1x1x32xf32>) -> tensor<1x1x32x32xf32>
    %2141 = "stablehlo.reshape"(%2136) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32xf32>
    %2142 = "stablehlo.dot_general"(%2141, %570) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<4x64x32xf32>, tensor<4x64x32xf32>) -> tensor<4x64x64xf32>
    %2143 = "stablehlo.dot_general"(%2141, %589) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<4x64x32xf32>, tensor<4x64x64xf32>) -> tensor<4x32x64xf32>
    %2144 = "stablehlo.transpose"(%2143) {permutation = array<i64: 0, 2, 1>} : (tensor<4x32x64xf32>) -> tensor<4x64x32xf32>
    %2145 = "stablehlo.divide"(%2142, %588) : (tensor<4x64x64xf32>, tensor<4x64x64xf32>) -> tensor<4x64x64xf32>
    %2146 = "stablehlo.multiply"(%2142, %589) : (tensor<4x64x64xf32>, tensor<4x64x64xf32>) -> tensor<4x64x64xf32>
    %2147 = "stablehlo.divide"(%2146, %588) : (tensor<4x64x64xf32>, tensor<4x64x64xf32>) -> tensor<4x64x64xf32>
    %2148 = "stablehlo.negate"(%2147) : (tensor<4x64x64xf32>) -> tensor<4x64x64xf32>
    %2149 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2150 = "stablehlo.reduce"(%2148, %2149) ({
    ^bb0(%2151: tensor<f32>, %2152: tensor<f32>):
        %2153 = "stablehlo.add"(%2151, %2152) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2153) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<4x64x64xf32>, tensor<f32>) -> tensor<4x64xf32>
    %2154 = "stablehlo.reshape"(%2150) : (tensor<4x64xf32>) -> tensor<4x64x1xf32>
    %2155 = "stablehlo.reshape"(%2154) : (tensor<4x64x1xf32>) -> tensor<4x64xf32>
    %2156 = "stablehlo.broadcast_in_dim"(%2155) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<4x64xf32>) -> tensor<4x64x64xf32>
    %2157 = "stablehlo.add"(%2145, %2156) : (tensor<4x64x64xf32>, tensor<4x64x64xf32>) -> tensor<4x64x64xf32>
    %2158 = "stablehlo.multiply"(%2157, %581) : (tensor<4x64x64xf32>, tensor<4x64x64xf32>) -> tensor<4x64x64xf32>
    %2159 = "stablehlo.multiply"(%2158, %244) : (tensor<4x64x64xf32>, tensor<4x64x64xf32>) -> tensor<4x64x64xf32>
    %2160 = "stablehlo.dot_general"(%2159, %566) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<4x64x64xf32>, tensor<4x64x32xf32>) -> tensor<4x64x32xf32>
    %2161 = "stablehlo.dot_general"(%2159, %562) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<4x64x64xf32>, tensor<4x64x32xf32>) -> tensor<4x64x32xf32>
    %2162 = "stablehlo.reshape"(%2144) : (tensor<4x64x32xf32>) -> tensor<4x8x8x32xf32>
    %2163 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2164 = "stablehlo.reduce"(%2162, %2163) ({
    ^bb0(%2165: tensor<f32>, %2166: tensor<f32>):
        %2167 = "stablehlo.add"(%2165, %2166) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2167) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2168 = "stablehlo.transpose"(%arg72) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %2169 = "stablehlo.reverse"(%2168) {dimensions = array<i64: 0, 1>} : (tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %2170 = "stablehlo.convolution"(%2162, %2169) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<1x1x32x32xf32>) -> tensor<4x8x8x32xf32>
    %2171 = "stablehlo.transpose"(%558) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<4x8x8x32xf32>) -> tensor<32x8x8x4xf32>
    %2172 = "stablehlo.transpose"(%2162) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x8x8x32xf32>) -> tensor<8x8x4x32xf32>
    %2173 = "stablehlo.convolution"(%2171, %2172) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<32x8x8x4xf32>, tensor<8x8x4x32xf32>) -> tensor<32x1x1x32xf32>
    %2174 = "stablehlo.transpose"(%2173) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<32x1x1x32xf32>) -> tensor<1x1x32x32xf32>
    %2175 = "stablehlo.reshape"(%2161) : (tensor<4x64x32xf32>) -> tensor<4x8x8x32xf32>
    %2176 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2177 = "stablehlo.reduce"(%2175, %2176) ({
    ^bb0(%2178: tensor<f32>, %2179: tensor<f32>):
        %2180 = "stablehlo.add"(%2178, %2179) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2180) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2181 = "stablehlo.transpose"(%arg70) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %2182 = "stablehlo.reverse"(%2181) {dimensions = array<i64: 0, 1>} : (tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %2183 = "stablehlo.convolution"(%2175, %2182) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<1x1x32x32xf32>) -> tensor<4x8x8x32xf32>
    %2184 = "stablehlo.transpose"(%2175) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x8x8x32xf32>) -> tensor<8x8x4x32xf32>
    %2185 = "stablehlo.convolution"(%2171, %2184) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<32x8x8x4xf32>, tensor<8x8x4x32xf32>) -> tensor<32x1x1x32xf32>
    %2186 = "stablehlo.transpose"(%2185) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<32x1x1x32xf32>) -> tensor<1x1x32x32xf32>
    %2187 = "stablehlo.add"(%2170, %2183) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2188 = "stablehlo.reshape"(%2160) : (tensor<4x64x32xf32>) -> tensor<4x8x8x32xf32>
    %2189 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2190 = "stablehlo.reduce"(%2188, %2189) ({
    ^bb0(%2191: tensor<f32>, %2192: tensor<f32>):
        %2193 = "stablehlo.add"(%2191, %2192) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2193) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2194 = "stablehlo.transpose"(%arg68) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %2195 = "stablehlo.reverse"(%2194) {dimensions = array<i64: 0, 1>} : (tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %2196 = "stablehlo.convolution"(%2188, %2195) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<1x1x32x32xf32>) -> tensor<4x8x8x32xf32>
    %2197 = "stablehlo.transpose"(%2188) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x8x8x32xf32>) -> tensor<8x8x4x32xf32>
    %2198 = "stablehlo.convolution"(%2171, %2197) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<32x8x8x4xf32>, tensor<8x8x4x32xf32>) -> tensor<32x1x1x32xf32>
    %2199 = "stablehlo.transpose"(%2198) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<32x1x1x32xf32>) -> tensor<1x1x32x32xf32>
    %2200 = "stablehlo.add"(%2187, %2196) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2201 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2202 = "stablehlo.reduce"(%2200, %2201) ({
    ^bb0(%2203: tensor<f32>, %2204: tensor<f32>):
        %2205 = "stablehlo.add"(%2203, %2204) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2205) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2206 = "stablehlo.multiply"(%2200, %555) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2207 = "stablehlo.multiply"(%2200, %554) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2208 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2209 = "stablehlo.reduce"(%2207, %2208) ({
    ^bb0(%2210: tensor<f32>, %2211: tensor<f32>):
        %2212 = "stablehlo.add"(%2210, %2211) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2212) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2213 = "stablehlo.reshape"(%2206) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32x1xf32>
    %2214 = "stablehlo.multiply"(%2213, %552) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2215 = "stablehlo.multiply"(%2213, %541) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2216 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2217 = "stablehlo.reduce"(%2215, %2216) ({
    ^bb0(%2218: tensor<f32>, %2219: tensor<f32>):
        %2220 = "stablehlo.add"(%2218, %2219) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2220) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %2221 = "stablehlo.reshape"(%2217) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2222 = "stablehlo.multiply"(%2221, %551) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2223 = "stablehlo.multiply"(%2222, %1484) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2224 = "stablehlo.divide"(%2223, %550) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2225 = "stablehlo.divide"(%2224, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2226 = "stablehlo.reshape"(%2225) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %2227 = "stablehlo.broadcast_in_dim"(%2226) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x64x32x1xf32>
    %2228 = "stablehlo.multiply"(%2227, %541) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2229 = "stablehlo.add"(%2214, %2228) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2230 = "stablehlo.add"(%2229, %2228) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2231 = "stablehlo.negate"(%2230) : (tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2232 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2233 = "stablehlo.reduce"(%2231, %2232) ({
    ^bb0(%2234: tensor<f32>, %2235: tensor<f32>):
        %2236 = "stablehlo.add"(%2234, %2235) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2236) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %2237 = "stablehlo.reshape"(%2233) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2238 = "stablehlo.divide"(%2237, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2239 = "stablehlo.reshape"(%2238) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %2240 = "stablehlo.broadcast_in_dim"(%2239) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x64x32x1xf32>
    %2241 = "stablehlo.add"(%2230, %2240) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2242 = "stablehlo.reshape"(%2241) : (tensor<4x64x32x1xf32>) -> tensor<4x8x8x32xf32>
    %2243 = "stablehlo.add"(%2128, %2242) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2244 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2245 = "stablehlo.reduce"(%2243, %2244) ({
    ^bb0(%2246: tensor<f32>, %2247: tensor<f32>):
        %2248 = "stablehlo.add"(%2246, %2247) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2248) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2249 = "stablehlo.transpose"(%arg64) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %2250 = "stablehlo.reverse"(%2249) {dimensions = array<i64: 0, 1>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %2251 = "stablehlo.convolution"(%2243, %2250) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x8x8x32xf32>
    %2252 = "stablehlo.transpose"(%527) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<4x8x8x32xf32>) -> tensor<32x8x8x4xf32>
    %2253 = "stablehlo.transpose"(%2243) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x8x8x32xf32>) -> tensor<8x8x4x32xf32>
    %2254 = "stablehlo.convolution"(%2252, %2253) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<32x8x8x4xf32>, tensor<8x8x4x32xf32>) -> tensor<32x3x3x32xf32>
    %2255 = "stablehlo.transpose"(%2254) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<32x3x3x32xf32>) -> tensor<3x3x32x32xf32>
    %2256 = "stablehlo.multiply"(%2251, %526) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2257 = "stablehlo.multiply"(%2251, %525) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2258 = "stablehlo.multiply"(%2257, %526) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2259 = "stablehlo.subtract"(%1780, %526) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2260 = "stablehlo.multiply"(%2258, %2259) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2261 = "stablehlo.add"(%2256, %2260) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2262 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2263 = "stablehlo.reduce"(%2261, %2262) ({
    ^bb0(%2264: tensor<f32>, %2265: tensor<f32>):
        %2266 = "stablehlo.add"(%2264, %2265) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2266) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2267 = "stablehlo.multiply"(%2261, %522) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2268 = "stablehlo.multiply"(%2261, %521) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2269 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2270 = "stablehlo.reduce"(%2268, %2269) ({
    ^bb0(%2271: tensor<f32>, %2272: tensor<f32>):
        %2273 = "stablehlo.add"(%2271, %2272) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2273) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2274 = "stablehlo.reshape"(%2267) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32x1xf32>
    %2275 = "stablehlo.multiply"(%2274, %519) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2276 = "stablehlo.multiply"(%2274, %508) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2277 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2278 = "stablehlo.reduce"(%2276, %2277) ({
    ^bb0(%2279: tensor<f32>, %2280: tensor<f32>):
        %2281 = "stablehlo.add"(%2279, %2280) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2281) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %2282 = "stablehlo.reshape"(%2278) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2283 = "stablehlo.multiply"(%2282, %518) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2284 = "stablehlo.multiply"(%2283, %1484) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2285 = "stablehlo.divide"(%2284, %517) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2286 = "stablehlo.divide"(%2285, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2287 = "stablehlo.reshape"(%2286) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %2288 = "stablehlo.broadcast_in_dim"(%2287) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x64x32x1xf32>
    %2289 = "stablehlo.multiply"(%2288, %508) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2290 = "stablehlo.add"(%2275, %2289) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2291 = "stablehlo.add"(%2290, %2289) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2292 = "stablehlo.negate"(%2291) : (tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2293 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2294 = "stablehlo.reduce"(%2292, %2293) ({
    ^bb0(%2295: tensor<f32>, %2296: tensor<f32>):
        %2297 = "stablehlo.add"(%2295, %2296) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2297) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %2298 = "stablehlo.reshape"(%2294) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2299 = "stablehlo.divide"(%2298, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2300 = "stablehlo.reshape"(%2299) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %2301 = "stablehlo.broadcast_in_dim"(%2300) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x64x32x1xf32>
    %2302 = "stablehlo.add"(%2291, %2301) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2303 = "stablehlo.reshape"(%2302) : (tensor<4x64x32x1xf32>) -> tensor<4x8x8x32xf32>
    %2304 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2305 = "stablehlo.reduce"(%2303, %2304) ({
    ^bb0(%2306: tensor<f32>, %2307: tensor<f32>):
        %2308 = "stablehlo.add"(%2306, %2307) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2308) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2309 = "stablehlo.transpose"(%arg60) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %2310 = "stablehlo.reverse"(%2309) {dimensions = array<i64: 0, 1>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %2311 = "stablehlo.convolution"(%2303, %2310) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x8x8x32xf32>
    %2312 = "stablehlo.transpose"(%495) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<4x8x8x32xf32>) -> tensor<32x8x8x4xf32>
    %2313 = "stablehlo.transpose"(%2303) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x8x8x32xf32>) -> tensor<8x8x4x32xf32>
    %2314 = "stablehlo.convolution"(%2312, %2313) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<32x8x8x4xf32>, tensor<8x8x4x32xf32>) -> tensor<32x3x3x32xf32>
    %2315 = "stablehlo.transpose"(%2314) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<32x3x3x32xf32>) -> tensor<3x3x32x32xf32>
    %2316 = "stablehlo.multiply"(%2311, %494) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2317 = "stablehlo.multiply"(%2311, %493) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2318 = "stablehlo.multiply"(%2317, %494) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2319 = "stablehlo.subtract"(%1780, %494) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2320 = "stablehlo.multiply"(%2318, %2319) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2321 = "stablehlo.add"(%2316, %2320) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2322 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2323 = "stablehlo.reduce"(%2321, %2322) ({
    ^bb0(%2324: tensor<f32>, %2325: tensor<f32>):
        %2326 = "stablehlo.add"(%2324, %2325) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2326) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2327 = "stablehlo.multiply"(%2321, %490) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2328 = "stablehlo.multiply"(%2321, %489) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2329 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2330 = "stablehlo.reduce"(%2328, %2329) ({
    ^bb0(%2331: tensor<f32>, %2332: tensor<f32>):
        %2333 = "stablehlo.add"(%2331, %2332) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2333) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2334 = "stablehlo.reshape"(%2327) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32x1xf32>
    %2335 = "stablehlo.multiply"(%2334, %487) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2336 = "stablehlo.multiply"(%2334, %476) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2337 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2338 = "stablehlo.reduce"(%2336, %2337) ({
    ^bb0(%2339: tensor<f32>, %2340: tensor<f32>):
        %2341 = "stablehlo.add"(%2339, %2340) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2341) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %2342 = "stablehlo.reshape"(%2338) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2343 = "stablehlo.multiply"(%2342, %486) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2344 = "stablehlo.multiply"(%2343, %1484) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2345 = "stablehlo.divide"(%2344, %485) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2346 = "stablehlo.divide"(%2345, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2347 = "stablehlo.reshape"(%2346) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %2348 = "stablehlo.broadcast_in_dim"(%2347) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x64x32x1xf32>
    %2349 = "stablehlo.multiply"(%2348, %476) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2350 = "stablehlo.add"(%2335, %2349) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2351 = "stablehlo.add"(%2350, %2349) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2352 = "stablehlo.negate"(%2351) : (tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2353 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2354 = "stablehlo.reduce"(%2352, %2353) ({
    ^bb0(%2355: tensor<f32>, %2356: tensor<f32>):
        %2357 = "stablehlo.add"(%2355, %2356) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2357) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %2358 = "stablehlo.reshape"(%2354) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2359 = "stablehlo.divide"(%2358, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2360 = "stablehlo.reshape"(%2359) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %2361 = "stablehlo.broadcast_in_dim"(%2360) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x64x32x1xf32>
    %2362 = "stablehlo.add"(%2351, %2361) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2363 = "stablehlo.reshape"(%2362) : (tensor<4x64x32x1xf32>) -> tensor<4x8x8x32xf32>
    %2364 = "stablehlo.add"(%2243, %2363) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2365 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2366 = "stablehlo.reduce"(%2364, %2365) ({
    ^bb0(%2367: tensor<f32>, %2368: tensor<f32>):
        %2369 = "stablehlo.add"(%2367, %2368) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2369) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2370 = "stablehlo.transpose"(%arg56) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x16x32xf32>) -> tensor<3x3x32x16xf32>
    %2371 = "stablehlo.reverse"(%2370) {dimensions = array<i64: 0, 1>} : (tensor<3x3x32x16xf32>) -> tensor<3x3x32x16xf32>
    %2372 = "stablehlo.convolution"(%2364, %2371) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x16xf32>) -> tensor<4x8x8x16xf32>
    %2373 = "stablehlo.transpose"(%463) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<4x8x8x16xf32>) -> tensor<16x8x8x4xf32>
    %2374 = "stablehlo.transpose"(%2364) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x8x8x32xf32>) -> tensor<8x8x4x32xf32>
    %2375 = "stablehlo.convolution"(%2373, %2374) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<16x8x8x4xf32>, tensor<8x8x4x32xf32>) -> tensor<16x3x3x32xf32>
    %2376 = "stablehlo.transpose"(%2375) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<16x3x3x32xf32>) -> tensor<3x3x16x32xf32>
    %2377 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2378 = "stablehlo.reduce"(%2372, %2377) ({
    ^bb0(%2379: tensor<f32>, %2380: tensor<f32>):
        %2381 = "stablehlo.add"(%2379, %2380) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2381) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x16xf32>, tensor<f32>) -> tensor<16xf32>
    %2382 = "stablehlo.transpose"(%arg54) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %2383 = "stablehlo.reverse"(%2382) {dimensions = array<i64: 0, 1>} : (tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %2384 = "stablehlo.convolution"(%2372, %2383) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x16xf32>, tensor<1x1x16x16xf32>) -> tensor<4x8x8x16xf32>
    %2385 = "stablehlo.transpose"(%429) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<4x8x8x16xf32>) -> tensor<16x8x8x4xf32>
    %2386 = "stablehlo.transpose"(%2372) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x8x8x16xf32>) -> tensor<8x8x4x16xf32>
    %2387 = "stablehlo.convolution"(%2385, %2386) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<16x8x8x4xf32>, tensor<8x8x4x16xf32>) -> tensor<16x1x1x16xf32>
    %2388 = "stablehlo.transpose"(%2387) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<16x1x1x16xf32>) -> tensor<1x1x16x16xf32>
    %2389 = "stablehlo.multiply"(%1200, %425) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2390 = "stablehlo.divide"(%1200, %415) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2391 = "stablehlo.broadcast_in_dim"(%2390) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x8x8x16xf32>
    %2392 = "stablehlo.multiply"(%2391, %417) : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %2393 = "stablehlo.add"(%2392, %2392) : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %2394 = "stablehlo.divide"(%2389, %415) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2395 = "stablehlo.broadcast_in_dim"(%2394) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x8x8x16xf32>
    %2396 = "stablehlo.multiply"(%2395, %408) : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %2397 = "stablehlo.add"(%2396, %2396) : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %2398 = "stablehlo.negate"(%2397) : (tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %2399 = "stablehlo.add"(%2384, %2398) : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %2400 = "stablehlo.reshape"(%2393) : (tensor<4x8x8x16xf32>) -> tensor<256x16xf32>
    %2401 = "stablehlo.constant"() {value = dense<0> : tensor<256xi32>} : () -> tensor<256xi32>
    %2402 = "stablehlo.constant"() {value = dense<31> : tensor<256xi32>} : () -> tensor<256xi32>
    %2403 = "stablehlo.clamp"(%2401, %402, %2402) : (tensor<256xi32>, tensor<256xi32>, tensor<256xi32>) -> tensor<256xi32>
    %2404 = "stablehlo.constant"() {value = dense<0.0> : tensor<32x16xf32>} : () -> tensor<32x16xf32>
    %2405 = "stablehlo.scatter"(%2404, %2403, %2400) ({
    ^bb0(%2406: tensor<f32>, %2407: tensor<f32>):
        %2408 = "stablehlo.add"(%2406, %2407) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2408) : (tensor<f32>) -> ()
    }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0], index_vector_dim = 1>, unique_indices = false} : (tensor<32x16xf32>, tensor<256xi32>, tensor<256x16xf32>) -> tensor<32x16xf32>
    %2409 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2410 = "stablehlo.reduce"(%2399, %2409) ({
    ^bb0(%2411: tensor<f32>, %2412: tensor<f32>):
        %2413 = "stablehlo.add"(%2411, %2412) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2413) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x16xf32>, tensor<f32>) -> tensor<16xf32>
    %2414 = "stablehlo.transpose"(%arg51) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %2415 = "stablehlo.reverse"(%2414) {dimensions = array<i64: 0, 1>} : (tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %2416 = "stablehlo.convolution"(%2399, %2415) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x16xf32>, tensor<1x1x16x16xf32>) -> tensor<4x8x8x16xf32>
    %2417 = "stablehlo.transpose"(%365) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<4x8x8x16xf32>) -> tensor<16x8x8x4xf32>
    %2418 = "stablehlo.transpose"(%2399) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x8x8x16xf32>) -> tensor<8x8x4x16xf32>
    %2419 = "stablehlo.convolution"(%2417, %2418) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<16x8x8x4xf32>, tensor<8x8x4x16xf32>) -> tensor<16x1x1x16xf32>
    %2420 = "stablehlo.transpose"(%2419) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<16x1x1x16xf32>) -> tensor<1x1x16x16xf32>
    %2421 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2422 = "stablehlo.reduce"(%2416, %2421) ({
    ^bb0(%2423: tensor<f32>, %2424: tensor<f32>):
        %2425 = "stablehlo.add"(%2423, %2424) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2425) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x16xf32>, tensor<f32>) -> tensor<16xf32>
    %2426 = "stablehlo.transpose"(%arg49) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x32x16xf32>) -> tensor<3x3x16x32xf32>
    %2427 = "stablehlo.reverse"(%2426) {dimensions = array<i64: 0, 1>} : (tensor<3x3x16x32xf32>) -> tensor<3x3x16x32xf32>
    %2428 = "stablehlo.convolution"(%2416, %2427) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x16xf32>, tensor<3x3x16x32xf32>) -> tensor<4x8x8x32xf32>
    %2429 = "stablehlo.transpose"(%362) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<4x8x8x32xf32>) -> tensor<32x8x8x4xf32>
    %2430 = "stablehlo.transpose"(%2416) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x8x8x16xf32>) -> tensor<8x8x4x16xf32>
    %2431 = "stablehlo.convolution"(%2429, %2430) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<32x8x8x4xf32>, tensor<8x8x4x16xf32>) -> tensor<32x3x3x16xf32>
    %2432 = "stablehlo.transpose"(%2431) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<32x3x3x16xf32>) -> tensor<3x3x32x16xf32>
    %2433 = "stablehlo.multiply"(%2428, %361) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2434 = "stablehlo.multiply"(%2428, %360) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2435 = "stablehlo.multiply"(%2434, %361) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2436 = "stablehlo.subtract"(%1780, %361) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2437 = "stablehlo.multiply"(%2435, %2436) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2438 = "stablehlo.add"(%2433, %2437) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2439 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2440 = "stablehlo.reduce"(%2438, %2439) ({
    ^bb0(%2441: tensor<f32>, %2442: tensor<f32>):
        %2443 = "stablehlo.add"(%2441, %2442) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2443) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2444 = "stablehlo.multiply"(%2438, %357) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2445 = "stablehlo.multiply"(%2438, %356) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2446 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2447 = "stablehlo.reduce"(%2445, %2446) ({
    ^bb0(%2448: tensor<f32>, %2449: tensor<f32>):
        %2450 = "stablehlo.add"(%2448, %2449) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2450) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2451 = "stablehlo.reshape"(%2444) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32x1xf32>
    %2452 = "stablehlo.multiply"(%2451, %354) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2453 = "stablehlo.multiply"(%2451, %343) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2454 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2455 = "stablehlo.reduce"(%2453, %2454) ({
    ^bb0(%2456: tensor<f32>, %2457: tensor<f32>):
        %2458 = "stablehlo.add"(%2456, %2457) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2458) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %2459 = "stablehlo.reshape"(%2455) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2460 = "stablehlo.multiply"(%2459, %353) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2461 = "stablehlo.multiply"(%2460, %1484) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2462 = "stablehlo.divide"(%2461, %352) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2463 = "stablehlo.divide"(%2462, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2464 = "stablehlo.reshape"(%2463) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %2465 = "stablehlo.broadcast_in_dim"(%2464) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x64x32x1xf32>
    %2466 = "stablehlo.multiply"(%2465, %343) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2467 = "stablehlo.add"(%2452, %2466) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2468 = "stablehlo.add"(%2467, %2466) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2469 = "stablehlo.negate"(%2468) : (tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2470 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2471 = "stablehlo.reduce"(%2469, %2470) ({
    ^bb0(%2472: tensor<f32>, %2473: tensor<f32>):
        %2474 = "stablehlo.add"(%2472, %2473) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2474) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %2475 = "stablehlo.reshape"(%2471) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2476 = "stablehlo.divide"(%2475, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2477 = "stablehlo.reshape"(%2476) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %2478 = "stablehlo.broadcast_in_dim"(%2477) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x64x32x1xf32>
    %2479 = "stablehlo.add"(%2468, %2478) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2480 = "stablehlo.reshape"(%2479) : (tensor<4x64x32x1xf32>) -> tensor<4x8x8x32xf32>
    %2481 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2482 = "stablehlo.reduce"(%2480, %2481) ({
    ^bb0(%2483: tensor<f32>, %2484: tensor<f32>):
        %2485 = "stablehlo.add"(%2483, %2484) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2485) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2486 = "stablehlo.transpose"(%arg45) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %2487 = "stablehlo.reverse"(%2486) {dimensions = array<i64: 0, 1>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %2488 = "stablehlo.convolution"(%2480, %2487) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x8x8x32xf32>
    %2489 = "stablehlo.transpose"(%329) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<4x8x8x32xf32>) -> tensor<32x8x8x4xf32>
    %2490 = "stablehlo.transpose"(%2480) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x8x8x32xf32>) -> tensor<8x8x4x32xf32>
    %2491 = "stablehlo.convolution"(%2489, %2490) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<32x8x8x4xf32>, tensor<8x8x4x32xf32>) -> tensor<32x3x3x32xf32>
    %2492 = "stablehlo.transpose"(%2491) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<32x3x3x32xf32>) -> tensor<3x3x32x32xf32>
    %2493 = "stablehlo.multiply"(%2488, %328) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2494 = "stablehlo.multiply"(%2488, %327) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2495 = "stablehlo.multiply"(%2494, %328) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2496 = "stablehlo.subtract"(%1780, %328) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2497 = "stablehlo.multiply"(%2495, %2496) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2498 = "stablehlo.add"(%2493, %2497) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2499 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2500 = "stablehlo.reduce"(%2498, %2499) ({
    ^bb0(%2501: tensor<f32>, %2502: tensor<f32>):
        %2503 = "stablehlo.add"(%2501, %2502) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2503) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2504 = "stablehlo.multiply"(%2498, %324) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2505 = "stablehlo.multiply"(%2498, %323) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2506 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2507 = "stablehlo.reduce"(%2505, %2506) ({
    ^bb0(%2508: tensor<f32>, %2509: tensor<f32>):
        %2510 = "stablehlo.add"(%2508, %2509) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2510) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2511 = "stablehlo.reshape"(%2504) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32x1xf32>
    %2512 = "stablehlo.multiply"(%2511, %321) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2513 = "stablehlo.multiply"(%2511, %310) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2514 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2515 = "stablehlo.reduce"(%2513, %2514) ({
    ^bb0(%2516: tensor<f32>, %2517: tensor<f32>):
        %2518 = "stablehlo.add"(%2516, %2517) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2518) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %2519 = "stablehlo.reshape"(%2515) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2520 = "stablehlo.multiply"(%2519, %320) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2521 = "stablehlo.multiply"(%2520, %1484) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2522 = "stablehlo.divide"(%2521, %319) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2523 = "stablehlo.divide"(%2522, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2524 = "stablehlo.reshape"(%2523) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %2525 = "stablehlo.broadcast_in_dim"(%2524) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x64x32x1xf32>
    %2526 = "stablehlo.multiply"(%2525, %310) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2527 = "stablehlo.add"(%2512, %2526) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2528 = "stablehlo.add"(%2527, %2526) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2529 = "stablehlo.negate"(%2528) : (tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2530 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2531 = "stablehlo.reduce"(%2529, %2530) ({
    ^bb0(%2532: tensor<f32>, %2533: tensor<f32>):
        %2534 = "stablehlo.add"(%2532, %2533) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2534) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %2535 = "stablehlo.reshape"(%2531) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2536 = "stablehlo.divide"(%2535, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2537 = "stablehlo.reshape"(%2536) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %2538 = "stablehlo.broadcast_in_dim"(%2537) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x64x32x1xf32>
    %2539 = "stablehlo.add"(%2528, %2538) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2540 = "stablehlo.reshape"(%2539) : (tensor<4x64x32x1xf32>) -> tensor<4x8x8x32xf32>
    %2541 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2542 = "stablehlo.reduce"(%2540, %2541) ({
    ^bb0(%2543: tensor<f32>, %2544: tensor<f32>):
        %2545 = "stablehlo.add"(%2543, %2544) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2545) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2546 = "stablehlo.transpose"(%arg41) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %2547 = "stablehlo.reverse"(%2546) {dimensions = array<i64: 0, 1>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %2548 = "stablehlo.convolution"(%2540, %2547) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x8x8x32xf32>
    %2549 = "stablehlo.transpose"(%297) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<4x8x8x32xf32>) -> tensor<32x8x8x4xf32>
    %2550 = "stablehlo.transpose"(%2540) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x8x8x32xf32>) -> tensor<8x8x4x32xf32>
    %2551 = "stablehlo.convolution"(%2549, %2550) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<32x8x8x4xf32>, tensor<8x8x4x32xf32>) -> tensor<32x3x3x32xf32>
    %2552 = "stablehlo.transpose"(%2551) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<32x3x3x32xf32>) -> tensor<3x3x32x32xf32>
    %2553 = "stablehlo.multiply"(%2548, %296) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2554 = "stablehlo.multiply"(%2548, %295) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2555 = "stablehlo.multiply"(%2554, %296) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2556 = "stablehlo.subtract"(%1780, %296) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2557 = "stablehlo.multiply"(%2555, %2556) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2558 = "stablehlo.add"(%2553, %2557) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2559 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2560 = "stablehlo.reduce"(%2558, %2559) ({
    ^bb0(%2561: tensor<f32>, %2562: tensor<f32>):
        %2563 = "stablehlo.add"(%2561, %2562) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2563) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2564 = "stablehlo.multiply"(%2558, %292) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2565 = "stablehlo.multiply"(%2558, %291) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2566 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2567 = "stablehlo.reduce"(%2565, %2566) ({
    ^bb0(%2568: tensor<f32>, %2569: tensor<f32>):
        %2570 = "stablehlo.add"(%2568, %2569) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2570) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2571 = "stablehlo.reshape"(%2564) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32x1xf32>
    %2572 = "stablehlo.multiply"(%2571, %289) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2573 = "stablehlo.multiply"(%2571, %278) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2574 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2575 = "stablehlo.reduce"(%2573, %2574) ({
    ^bb0(%2576: tensor<f32>, %2577: tensor<f32>):
        %2578 = "stablehlo.add"(%2576, %2577) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2578) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %2579 = "stablehlo.reshape"(%2575) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2580 = "stablehlo.multiply"(%2579, %288) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2581 = "stablehlo.multiply"(%2580, %1484) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2582 = "stablehlo.divide"(%2581, %287) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2583 = "stablehlo.divide"(%2582, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2584 = "stablehlo.reshape"(%2583) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %2585 = "stablehlo.broadcast_in_dim"(%2584) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x64x32x1xf32>
    %2586 = "stablehlo.multiply"(%2585, %278) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2587 = "stablehlo.add"(%2572, %2586) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2588 = "stablehlo.add"(%2587, %2586) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2589 = "stablehlo.negate"(%2588) : (tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2590 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2591 = "stablehlo.reduce"(%2589, %2590) ({
    ^bb0(%2592: tensor<f32>, %2593: tensor<f32>):
        %2594 = "stablehlo.add"(%2592, %2593) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2594) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %2595 = "stablehlo.reshape"(%2591) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2596 = "stablehlo.divide"(%2595, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2597 = "stablehlo.reshape"(%2596) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %2598 = "stablehlo.broadcast_in_dim"(%2597) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x64x32x1xf32>
    %2599 = "stablehlo.add"(%2588, %2598) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2600 = "stablehlo.reshape"(%2599) : (tensor<4x64x32x1xf32>) -> tensor<4x8x8x32xf32>
    %2601 = "stablehlo.add"(%2480, %2600) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2602 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2603 = "stablehlo.reduce"(%2601, %2602) ({
    ^bb0(%2604: tensor<f32>, %2605: tensor<f32>):
        %2606 = "stablehlo.add"(%2604, %2605) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2606) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2607 = "stablehlo.transpose"(%arg37) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %2608 = "stablehlo.reverse"(%2607) {dimensions = array<i64: 0, 1>} : (tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %2609 = "stablehlo.convolution"(%2601, %2608) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<1x1x32x32xf32>) -> tensor<4x8x8x32xf32>
    %2610 = "stablehlo.transpose"(%264) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<4x8x8x32xf32>) -> tensor<32x8x8x4xf32>
    %2611 = "stablehlo.transpose"(%2601) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x8x8x32xf32>) -> tensor<8x8x4x32xf32>
    %2612 = "stablehlo.convolution"(%2610, %2611) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<32x8x8x4xf32>, tensor<8x8x4x32xf32>) -> tensor<32x1x1x32xf32>
    %2613 = "stablehlo.transpose"(%2612) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<32x1x1x32xf32>) -> tensor<1x1x32x32xf32>
    %2614 = "stablehlo.reshape"(%2609) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32xf32>
    %2615 = "stablehlo.dot_general"(%2614, %242) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<4x64x32xf32>, tensor<4x64x32xf32>) -> tensor<4x64x64xf32>
    %2616 = "stablehlo.dot_general"(%2614, %262) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<4x64x32xf32>, tensor<4x64x64xf32>) -> tensor<4x32x64xf32>
    %2617 = "stablehlo.transpose"(%2616) {permutation = array<i64: 0, 2, 1>} : (tensor<4x32x64xf32>) -> tensor<4x64x32xf32>
    %2618 = "stablehlo.divide"(%2615, %261) : (tensor<4x64x64xf32>, tensor<4x64x64xf32>) -> tensor<4x64x64xf32>
    %2619 = "stablehlo.multiply"(%2615, %262) : (tensor<4x64x64xf32>, tensor<4x64x64xf32>) -> tensor<4x64x64xf32>
    %2620 = "stablehlo.divide"(%2619, %261) : (tensor<4x64x64xf32>, tensor<4x64x64xf32>) -> tensor<4x64x64xf32>
    %2621 = "stablehlo.negate"(%2620) : (tensor<4x64x64xf32>) -> tensor<4x64x64xf32>
    %2622 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2623 = "stablehlo.reduce"(%2621, %2622) ({
    ^bb0(%2624: tensor<f32>, %2625: tensor<f32>):
        %2626 = "stablehlo.add"(%2624, %2625) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2626) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<4x64x64xf32>, tensor<f32>) -> tensor<4x64xf32>
    %2627 = "stablehlo.reshape"(%2623) : (tensor<4x64xf32>) -> tensor<4x64x1xf32>
    %2628 = "stablehlo.reshape"(%2627) : (tensor<4x64x1xf32>) -> tensor<4x64xf32>
    %2629 = "stablehlo.broadcast_in_dim"(%2628) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<4x64xf32>) -> tensor<4x64x64xf32>
    %2630 = "stablehlo.add"(%2618, %2629) : (tensor<4x64x64xf32>, tensor<4x64x64xf32>) -> tensor<4x64x64xf32>
    %2631 = "stablehlo.multiply"(%2630, %254) : (tensor<4x64x64xf32>, tensor<4x64x64xf32>) -> tensor<4x64x64xf32>
    %2632 = "stablehlo.multiply"(%2631, %244) : (tensor<4x64x64xf32>, tensor<4x64x64xf32>) -> tensor<4x64x64xf32>
    %2633 = "stablehlo.dot_general"(%2632, %238) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<4x64x64xf32>, tensor<4x64x32xf32>) -> tensor<4x64x32xf32>
    %2634 = "stablehlo.dot_general"(%2632, %234) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<4x64x64xf32>, tensor<4x64x32xf32>) -> tensor<4x64x32xf32>
    %2635 = "stablehlo.reshape"(%2617) : (tensor<4x64x32xf32>) -> tensor<4x8x8x32xf32>
    %2636 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2637 = "stablehlo.reduce"(%2635, %2636) ({
    ^bb0(%2638: tensor<f32>, %2639: tensor<f32>):
        %2640 = "stablehlo.add"(%2638, %2639) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2640) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2641 = "stablehlo.transpose"(%arg35) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %2642 = "stablehlo.reverse"(%2641) {dimensions = array<i64: 0, 1>} : (tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %2643 = "stablehlo.convolution"(%2635, %2642) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<1x1x32x32xf32>) -> tensor<4x8x8x32xf32>
    %2644 = "stablehlo.transpose"(%230) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<4x8x8x32xf32>) -> tensor<32x8x8x4xf32>
    %2645 = "stablehlo.transpose"(%2635) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x8x8x32xf32>) -> tensor<8x8x4x32xf32>
    %2646 = "stablehlo.convolution"(%2644, %2645) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<32x8x8x4xf32>, tensor<8x8x4x32xf32>) -> tensor<32x1x1x32xf32>
    %2647 = "stablehlo.transpose"(%2646) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<32x1x1x32xf32>) -> tensor<1x1x32x32xf32>
    %2648 = "stablehlo.reshape"(%2634) : (tensor<4x64x32xf32>) -> tensor<4x8x8x32xf32>
    %2649 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2650 = "stablehlo.reduce"(%2648, %2649) ({
    ^bb0(%2651: tensor<f32>, %2652: tensor<f32>):
        %2653 = "stablehlo.add"(%2651, %2652) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2653) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2654 = "stablehlo.transpose"(%arg33) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %2655 = "stablehlo.reverse"(%2654) {dimensions = array<i64: 0, 1>} : (tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %2656 = "stablehlo.convolution"(%2648, %2655) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<1x1x32x32xf32>) -> tensor<4x8x8x32xf32>
    %2657 = "stablehlo.transpose"(%2648) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x8x8x32xf32>) -> tensor<8x8x4x32xf32>
    %2658 = "stablehlo.convolution"(%2644, %2657) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<32x8x8x4xf32>, tensor<8x8x4x32xf32>) -> tensor<32x1x1x32xf32>
    %2659 = "stablehlo.transpose"(%2658) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<32x1x1x32xf32>) -> tensor<1x1x32x32xf32>
    %2660 = "stablehlo.add"(%2643, %2656) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2661 = "stablehlo.reshape"(%2633) : (tensor<4x64x32xf32>) -> tensor<4x8x8x32xf32>
    %2662 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2663 = "stablehlo.reduce"(%2661, %2662) ({
    ^bb0(%2664: tensor<f32>, %2665: tensor<f32>):
        %2666 = "stablehlo.add"(%2664, %2665) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2666) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2667 = "stablehlo.transpose"(%arg31) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %2668 = "stablehlo.reverse"(%2667) {dimensions = array<i64: 0, 1>} : (tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %2669 = "stablehlo.convolution"(%2661, %2668) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<1x1x32x32xf32>) -> tensor<4x8x8x32xf32>
    %2670 = "stablehlo.transpose"(%2661) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x8x8x32xf32>) -> tensor<8x8x4x32xf32>
    %2671 = "stablehlo.convolution"(%2644, %2670) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<32x8x8x4xf32>, tensor<8x8x4x32xf32>) -> tensor<32x1x1x32xf32>
    %2672 = "stablehlo.transpose"(%2671) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<32x1x1x32xf32>) -> tensor<1x1x32x32xf32>
    %2673 = "stablehlo.add"(%2660, %2669) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2674 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2675 = "stablehlo.reduce"(%2673, %2674) ({
    ^bb0(%2676: tensor<f32>, %2677: tensor<f32>):
        %2678 = "stablehlo.add"(%2676, %2677) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2678) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2679 = "stablehlo.multiply"(%2673, %227) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2680 = "stablehlo.multiply"(%2673, %226) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2681 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2682 = "stablehlo.reduce"(%2680, %2681) ({
    ^bb0(%2683: tensor<f32>, %2684: tensor<f32>):
        %2685 = "stablehlo.add"(%2683, %2684) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2685) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2686 = "stablehlo.reshape"(%2679) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32x1xf32>
    %2687 = "stablehlo.multiply"(%2686, %224) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2688 = "stablehlo.multiply"(%2686, %213) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2689 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2690 = "stablehlo.reduce"(%2688, %2689) ({
    ^bb0(%2691: tensor<f32>, %2692: tensor<f32>):
        %2693 = "stablehlo.add"(%2691, %2692) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2693) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %2694 = "stablehlo.reshape"(%2690) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2695 = "stablehlo.multiply"(%2694, %223) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2696 = "stablehlo.multiply"(%2695, %1484) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2697 = "stablehlo.divide"(%2696, %222) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2698 = "stablehlo.divide"(%2697, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2699 = "stablehlo.reshape"(%2698) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %2700 = "stablehlo.broadcast_in_dim"(%2699) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x64x32x1xf32>
    %2701 = "stablehlo.multiply"(%2700, %213) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2702 = "stablehlo.add"(%2687, %2701) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2703 = "stablehlo.add"(%2702, %2701) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2704 = "stablehlo.negate"(%2703) : (tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2705 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2706 = "stablehlo.reduce"(%2704, %2705) ({
    ^bb0(%2707: tensor<f32>, %2708: tensor<f32>):
        %2709 = "stablehlo.add"(%2707, %2708) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2709) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %2710 = "stablehlo.reshape"(%2706) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2711 = "stablehlo.divide"(%2710, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2712 = "stablehlo.reshape"(%2711) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %2713 = "stablehlo.broadcast_in_dim"(%2712) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x64x32x1xf32>
    %2714 = "stablehlo.add"(%2703, %2713) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2715 = "stablehlo.reshape"(%2714) : (tensor<4x64x32x1xf32>) -> tensor<4x8x8x32xf32>
    %2716 = "stablehlo.add"(%2601, %2715) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2717 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2718 = "stablehlo.reduce"(%2716, %2717) ({
    ^bb0(%2719: tensor<f32>, %2720: tensor<f32>):
        %2721 = "stablehlo.add"(%2719, %2720) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2721) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2722 = "stablehlo.transpose"(%arg27) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %2723 = "stablehlo.reverse"(%2722) {dimensions = array<i64: 0, 1>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %2724 = "stablehlo.convolution"(%2716, %2723) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x8x8x32xf32>
    %2725 = "stablehlo.transpose"(%199) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<4x8x8x32xf32>) -> tensor<32x8x8x4xf32>
    %2726 = "stablehlo.transpose"(%2716) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x8x8x32xf32>) -> tensor<8x8x4x32xf32>
    %2727 = "stablehlo.convolution"(%2725, %2726) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<32x8x8x4xf32>, tensor<8x8x4x32xf32>) -> tensor<32x3x3x32xf32>
    %2728 = "stablehlo.transpose"(%2727) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<32x3x3x32xf32>) -> tensor<3x3x32x32xf32>
    %2729 = "stablehlo.multiply"(%2724, %198) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2730 = "stablehlo.multiply"(%2724, %197) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2731 = "stablehlo.multiply"(%2730, %198) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2732 = "stablehlo.subtract"(%1780, %198) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2733 = "stablehlo.multiply"(%2731, %2732) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2734 = "stablehlo.add"(%2729, %2733) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2735 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2736 = "stablehlo.reduce"(%2734, %2735) ({
    ^bb0(%2737: tensor<f32>, %2738: tensor<f32>):
        %2739 = "stablehlo.add"(%2737, %2738) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2739) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2740 = "stablehlo.multiply"(%2734, %194) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2741 = "stablehlo.multiply"(%2734, %193) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2742 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2743 = "stablehlo.reduce"(%2741, %2742) ({
    ^bb0(%2744: tensor<f32>, %2745: tensor<f32>):
        %2746 = "stablehlo.add"(%2744, %2745) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2746) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2747 = "stablehlo.reshape"(%2740) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32x1xf32>
    %2748 = "stablehlo.multiply"(%2747, %191) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2749 = "stablehlo.multiply"(%2747, %180) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2750 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2751 = "stablehlo.reduce"(%2749, %2750) ({
    ^bb0(%2752: tensor<f32>, %2753: tensor<f32>):
        %2754 = "stablehlo.add"(%2752, %2753) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2754) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %2755 = "stablehlo.reshape"(%2751) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2756 = "stablehlo.multiply"(%2755, %190) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2757 = "stablehlo.multiply"(%2756, %1484) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2758 = "stablehlo.divide"(%2757, %189) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2759 = "stablehlo.divide"(%2758, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2760 = "stablehlo.reshape"(%2759) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %2761 = "stablehlo.broadcast_in_dim"(%2760) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x64x32x1xf32>
    %2762 = "stablehlo.multiply"(%2761, %180) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2763 = "stablehlo.add"(%2748, %2762) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2764 = "stablehlo.add"(%2763, %2762) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2765 = "stablehlo.negate"(%2764) : (tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2766 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2767 = "stablehlo.reduce"(%2765, %2766) ({
    ^bb0(%2768: tensor<f32>, %2769: tensor<f32>):
        %2770 = "stablehlo.add"(%2768, %2769) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2770) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %2771 = "stablehlo.reshape"(%2767) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2772 = "stablehlo.divide"(%2771, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2773 = "stablehlo.reshape"(%2772) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %2774 = "stablehlo.broadcast_in_dim"(%2773) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x64x32x1xf32>
    %2775 = "stablehlo.add"(%2764, %2774) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2776 = "stablehlo.reshape"(%2775) : (tensor<4x64x32x1xf32>) -> tensor<4x8x8x32xf32>
    %2777 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2778 = "stablehlo.reduce"(%2776, %2777) ({
    ^bb0(%2779: tensor<f32>, %2780: tensor<f32>):
        %2781 = "stablehlo.add"(%2779, %2780) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2781) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2782 = "stablehlo.transpose"(%arg23) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %2783 = "stablehlo.reverse"(%2782) {dimensions = array<i64: 0, 1>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %2784 = "stablehlo.convolution"(%2776, %2783) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x8x8x32xf32>
    %2785 = "stablehlo.transpose"(%167) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<4x8x8x32xf32>) -> tensor<32x8x8x4xf32>
    %2786 = "stablehlo.transpose"(%2776) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x8x8x32xf32>) -> tensor<8x8x4x32xf32>
    %2787 = "stablehlo.convolution"(%2785, %2786) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<32x8x8x4xf32>, tensor<8x8x4x32xf32>) -> tensor<32x3x3x32xf32>
    %2788 = "stablehlo.transpose"(%2787) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<32x3x3x32xf32>) -> tensor<3x3x32x32xf32>
    %2789 = "stablehlo.multiply"(%2784, %166) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2790 = "stablehlo.multiply"(%2784, %165) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2791 = "stablehlo.multiply"(%2790, %166) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2792 = "stablehlo.subtract"(%1780, %166) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2793 = "stablehlo.multiply"(%2791, %2792) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2794 = "stablehlo.add"(%2789, %2793) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2795 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2796 = "stablehlo.reduce"(%2794, %2795) ({
    ^bb0(%2797: tensor<f32>, %2798: tensor<f32>):
        %2799 = "stablehlo.add"(%2797, %2798) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2799) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2800 = "stablehlo.multiply"(%2794, %162) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2801 = "stablehlo.multiply"(%2794, %161) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2802 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2803 = "stablehlo.reduce"(%2801, %2802) ({
    ^bb0(%2804: tensor<f32>, %2805: tensor<f32>):
        %2806 = "stablehlo.add"(%2804, %2805) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2806) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2807 = "stablehlo.reshape"(%2800) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32x1xf32>
    %2808 = "stablehlo.multiply"(%2807, %159) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2809 = "stablehlo.multiply"(%2807, %148) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2810 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2811 = "stablehlo.reduce"(%2809, %2810) ({
    ^bb0(%2812: tensor<f32>, %2813: tensor<f32>):
        %2814 = "stablehlo.add"(%2812, %2813) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2814) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %2815 = "stablehlo.reshape"(%2811) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2816 = "stablehlo.multiply"(%2815, %158) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2817 = "stablehlo.multiply"(%2816, %1484) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2818 = "stablehlo.divide"(%2817, %157) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2819 = "stablehlo.divide"(%2818, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2820 = "stablehlo.reshape"(%2819) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %2821 = "stablehlo.broadcast_in_dim"(%2820) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x64x32x1xf32>
    %2822 = "stablehlo.multiply"(%2821, %148) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2823 = "stablehlo.add"(%2808, %2822) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2824 = "stablehlo.add"(%2823, %2822) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2825 = "stablehlo.negate"(%2824) : (tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2826 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2827 = "stablehlo.reduce"(%2825, %2826) ({
    ^bb0(%2828: tensor<f32>, %2829: tensor<f32>):
        %2830 = "stablehlo.add"(%2828, %2829) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2830) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %2831 = "stablehlo.reshape"(%2827) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2832 = "stablehlo.divide"(%2831, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2833 = "stablehlo.reshape"(%2832) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %2834 = "stablehlo.broadcast_in_dim"(%2833) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x64x32x1xf32>
    %2835 = "stablehlo.add"(%2824, %2834) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2836 = "stablehlo.reshape"(%2835) : (tensor<4x64x32x1xf32>) -> tensor<4x8x8x32xf32>
    %2837 = "stablehlo.add"(%2716, %2836) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2838 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2839 = "stablehlo.reduce"(%2837, %2838) ({
    ^bb0(%2840: tensor<f32>, %2841: tensor<f32>):
        %2842 = "stablehlo.add"(%2840, %2841) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2842) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2843 = "stablehlo.transpose"(%arg19) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %2844 = "stablehlo.reverse"(%2843) {dimensions = array<i64: 0, 1>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %2845 = "stablehlo.convolution"(%2837, %2844) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x8x8x32xf32>
    %2846 = "stablehlo.transpose"(%134) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<4x8x8x32xf32>) -> tensor<32x8x8x4xf32>
    %2847 = "stablehlo.transpose"(%2837) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x8x8x32xf32>) -> tensor<8x8x4x32xf32>
    %2848 = "stablehlo.convolution"(%2846, %2847) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<32x8x8x4xf32>, tensor<8x8x4x32xf32>) -> tensor<32x3x3x32xf32>
    %2849 = "stablehlo.transpose"(%2848) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<32x3x3x32xf32>) -> tensor<3x3x32x32xf32>
    %2850 = "stablehlo.multiply"(%2845, %133) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2851 = "stablehlo.multiply"(%2845, %132) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2852 = "stablehlo.multiply"(%2851, %133) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2853 = "stablehlo.subtract"(%1780, %133) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2854 = "stablehlo.multiply"(%2852, %2853) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2855 = "stablehlo.add"(%2850, %2854) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2856 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2857 = "stablehlo.reduce"(%2855, %2856) ({
    ^bb0(%2858: tensor<f32>, %2859: tensor<f32>):
        %2860 = "stablehlo.add"(%2858, %2859) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2860) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2861 = "stablehlo.multiply"(%2855, %129) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2862 = "stablehlo.multiply"(%2855, %128) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2863 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2864 = "stablehlo.reduce"(%2862, %2863) ({
    ^bb0(%2865: tensor<f32>, %2866: tensor<f32>):
        %2867 = "stablehlo.add"(%2865, %2866) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2867) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2868 = "stablehlo.reshape"(%2861) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32x1xf32>
    %2869 = "stablehlo.multiply"(%2868, %126) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2870 = "stablehlo.multiply"(%2868, %115) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2871 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2872 = "stablehlo.reduce"(%2870, %2871) ({
    ^bb0(%2873: tensor<f32>, %2874: tensor<f32>):
        %2875 = "stablehlo.add"(%2873, %2874) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2875) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %2876 = "stablehlo.reshape"(%2872) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2877 = "stablehlo.multiply"(%2876, %125) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2878 = "stablehlo.multiply"(%2877, %1484) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2879 = "stablehlo.divide"(%2878, %124) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2880 = "stablehlo.divide"(%2879, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2881 = "stablehlo.reshape"(%2880) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %2882 = "stablehlo.broadcast_in_dim"(%2881) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x64x32x1xf32>
    %2883 = "stablehlo.multiply"(%2882, %115) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2884 = "stablehlo.add"(%2869, %2883) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2885 = "stablehlo.add"(%2884, %2883) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2886 = "stablehlo.negate"(%2885) : (tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2887 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2888 = "stablehlo.reduce"(%2886, %2887) ({
    ^bb0(%2889: tensor<f32>, %2890: tensor<f32>):
        %2891 = "stablehlo.add"(%2889, %2890) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2891) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %2892 = "stablehlo.reshape"(%2888) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2893 = "stablehlo.divide"(%2892, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2894 = "stablehlo.reshape"(%2893) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %2895 = "stablehlo.broadcast_in_dim"(%2894) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x64x32x1xf32>
    %2896 = "stablehlo.add"(%2885, %2895) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2897 = "stablehlo.reshape"(%2896) : (tensor<4x64x32x1xf32>) -> tensor<4x8x8x32xf32>
    %2898 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2899 = "stablehlo.reduce"(%2897, %2898) ({
    ^bb0(%2900: tensor<f32>, %2901: tensor<f32>):
        %2902 = "stablehlo.add"(%2900, %2901) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2902) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2903 = "stablehlo.transpose"(%arg15) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %2904 = "stablehlo.reverse"(%2903) {dimensions = array<i64: 0, 1>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %2905 = "stablehlo.convolution"(%2897, %2904) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x8x8x32xf32>
    %2906 = "stablehlo.transpose"(%102) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<4x8x8x32xf32>) -> tensor<32x8x8x4xf32>
    %2907 = "stablehlo.transpose"(%2897) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x8x8x32xf32>) -> tensor<8x8x4x32xf32>
    %2908 = "stablehlo.convolution"(%2906, %2907) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<32x8x8x4xf32>, tensor<8x8x4x32xf32>) -> tensor<32x3x3x32xf32>
    %2909 = "stablehlo.transpose"(%2908) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<32x3x3x32xf32>) -> tensor<3x3x32x32xf32>
    %2910 = "stablehlo.multiply"(%2905, %101) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2911 = "stablehlo.multiply"(%2905, %100) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2912 = "stablehlo.multiply"(%2911, %101) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2913 = "stablehlo.subtract"(%1780, %101) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2914 = "stablehlo.multiply"(%2912, %2913) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2915 = "stablehlo.add"(%2910, %2914) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2916 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2917 = "stablehlo.reduce"(%2915, %2916) ({
    ^bb0(%2918: tensor<f32>, %2919: tensor<f32>):
        %2920 = "stablehlo.add"(%2918, %2919) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2920) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2921 = "stablehlo.multiply"(%2915, %97) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2922 = "stablehlo.multiply"(%2915, %96) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2923 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2924 = "stablehlo.reduce"(%2922, %2923) ({
    ^bb0(%2925: tensor<f32>, %2926: tensor<f32>):
        %2927 = "stablehlo.add"(%2925, %2926) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2927) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2928 = "stablehlo.reshape"(%2921) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32x1xf32>
    %2929 = "stablehlo.multiply"(%2928, %94) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2930 = "stablehlo.multiply"(%2928, %83) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2931 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2932 = "stablehlo.reduce"(%2930, %2931) ({
    ^bb0(%2933: tensor<f32>, %2934: tensor<f32>):
        %2935 = "stablehlo.add"(%2933, %2934) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2935) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %2936 = "stablehlo.reshape"(%2932) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2937 = "stablehlo.multiply"(%2936, %93) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2938 = "stablehlo.multiply"(%2937, %1484) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2939 = "stablehlo.divide"(%2938, %92) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2940 = "stablehlo.divide"(%2939, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2941 = "stablehlo.reshape"(%2940) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %2942 = "stablehlo.broadcast_in_dim"(%2941) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x64x32x1xf32>
    %2943 = "stablehlo.multiply"(%2942, %83) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2944 = "stablehlo.add"(%2929, %2943) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2945 = "stablehlo.add"(%2944, %2943) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2946 = "stablehlo.negate"(%2945) : (tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2947 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2948 = "stablehlo.reduce"(%2946, %2947) ({
    ^bb0(%2949: tensor<f32>, %2950: tensor<f32>):
        %2951 = "stablehlo.add"(%2949, %2950) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2951) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %2952 = "stablehlo.reshape"(%2948) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2953 = "stablehlo.divide"(%2952, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2954 = "stablehlo.reshape"(%2953) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %2955 = "stablehlo.broadcast_in_dim"(%2954) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x64x32x1xf32>
    %2956 = "stablehlo.add"(%2945, %2955) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2957 = "stablehlo.reshape"(%2956) : (tensor<4x64x32x1xf32>) -> tensor<4x8x8x32xf32>
    %2958 = "stablehlo.add"(%2837, %2957) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2959 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2960 = "stablehlo.reduce"(%2958, %2959) ({
    ^bb0(%2961: tensor<f32>, %2962: tensor<f32>):
        %2963 = "stablehlo.add"(%2961, %2962) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2963) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2964 = "stablehlo.transpose"(%arg11) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %2965 = "stablehlo.slice"(%2964) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 3, 32, 32>, strides = array<i64: 1, 2, 1, 1>} : (tensor<3x3x32x32xf32>) -> tensor<3x2x32x32xf32>
    %2966 = "stablehlo.slice"(%2964) {start_indices = array<i64: 0, 1, 0, 0>, limit_indices = array<i64: 3, 2, 32, 32>, strides = array<i64: 1, 2, 1, 1>} : (tensor<3x3x32x32xf32>) -> tensor<3x1x32x32xf32>
    %2967 = "stablehlo.pad"(%2966, %961) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 1, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<3x1x32x32xf32>, tensor<f32>) -> tensor<3x2x32x32xf32>
    %2968 = "stablehlo.concatenate"(%2965, %2967) {dimension = 3 : i64} : (tensor<3x2x32x32xf32>, tensor<3x2x32x32xf32>) -> tensor<3x2x32x64xf32>
    %2969 = "stablehlo.slice"(%2968) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 2, 32, 64>, strides = array<i64: 2, 1, 1, 1>} : (tensor<3x2x32x64xf32>) -> tensor<2x2x32x64xf32>
    %2970 = "stablehlo.slice"(%2968) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 32, 64>, strides = array<i64: 2, 1, 1, 1>} : (tensor<3x2x32x64xf32>) -> tensor<1x2x32x64xf32>
    %2971 = "stablehlo.pad"(%2970, %961) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 1, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<1x2x32x64xf32>, tensor<f32>) -> tensor<2x2x32x64xf32>
    %2972 = "stablehlo.concatenate"(%2969, %2971) {dimension = 3 : i64} : (tensor<2x2x32x64xf32>, tensor<2x2x32x64xf32>) -> tensor<2x2x32x128xf32>
    %2973 = "stablehlo.reverse"(%2972) {dimensions = array<i64: 0, 1>} : (tensor<2x2x32x128xf32>) -> tensor<2x2x32x128xf32>
    %2974 = "stablehlo.convolution"(%2958, %2973) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<2x2x32x128xf32>) -> tensor<4x9x9x128xf32>
    %2975 = "stablehlo.reshape"(%2974) : (tensor<4x9x9x128xf32>) -> tensor<4x9x9x2x2x32xf32>
    %2976 = "stablehlo.transpose"(%2975) {permutation = array<i64: 0, 1, 3, 2, 4, 5>} : (tensor<4x9x9x2x2x32xf32>) -> tensor<4x9x2x9x2x32xf32>
    %2977 = "stablehlo.reshape"(%2976) : (tensor<4x9x2x9x2x32xf32>) -> tensor<4x18x18x32xf32>
    %2978 = "stablehlo.slice"(%2977) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 4, 16, 16, 32>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x18x18x32xf32>) -> tensor<4x16x16x32xf32>
    %2979 = "stablehlo.transpose"(%69) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<4x16x16x32xf32>) -> tensor<32x16x16x4xf32>
    %2980 = "stablehlo.transpose"(%2958) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x8x8x32xf32>) -> tensor<8x8x4x32xf32>
    %2981 = "stablehlo.convolution"(%2979, %2980) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 1], [0, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 2, 2>, window_strides = array<i64: 1, 1>} : (tensor<32x16x16x4xf32>, tensor<8x8x4x32xf32>) -> tensor<32x3x3x32xf32>
    %2982 = "stablehlo.transpose"(%2981) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<32x3x3x32xf32>) -> tensor<3x3x32x32xf32>
    %2983 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2984 = "stablehlo.reduce"(%2978, %2983) ({
    ^bb0(%2985: tensor<f32>, %2986: tensor<f32>):
        %2987 = "stablehlo.add"(%2985, %2986) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2987) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x16x16x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2988 = "stablehlo.transpose"(%arg9) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %2989 = "stablehlo.reverse"(%2988) {dimensions = array<i64: 0, 1>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %2990 = "stablehlo.convolution"(%2978, %2989) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x16x16x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x16x16x32xf32>
    %2991 = "stablehlo.transpose"(%65) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<4x16x16x32xf32>) -> tensor<32x16x16x4xf32>
    %2992 = "stablehlo.transpose"(%2978) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x16x16x32xf32>) -> tensor<16x16x4x32xf32>
    %2993 = "stablehlo.convolution"(%2991, %2992) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<32x16x16x4xf32>, tensor<16x16x4x32xf32>) -> tensor<32x3x3x32xf32>
    %2994 = "stablehlo.transpose"(%2993) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<32x3x3x32xf32>) -> tensor<3x3x32x32xf32>
    %2995 = "stablehlo.multiply"(%2990, %64) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %2996 = "stablehlo.multiply"(%2990, %63) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %2997 = "stablehlo.multiply"(%2996, %64) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %2998 = "stablehlo.subtract"(%1458, %64) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %2999 = "stablehlo.multiply"(%2997, %2998) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %3000 = "stablehlo.add"(%2995, %2999) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %3001 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3002 = "stablehlo.reduce"(%3000, %3001) ({
    ^bb0(%3003: tensor<f32>, %3004: tensor<f32>):
        %3005 = "stablehlo.add"(%3003, %3004) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3005) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x16x16x32xf32>, tensor<f32>) -> tensor<32xf32>
    %3006 = "stablehlo.multiply"(%3000, %60) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %3007 = "stablehlo.multiply"(%3000, %59) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %3008 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3009 = "stablehlo.reduce"(%3007, %3008) ({
    ^bb0(%3010: tensor<f32>, %3011: tensor<f32>):
        %3012 = "stablehlo.add"(%3010, %3011) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3012) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x16x16x32xf32>, tensor<f32>) -> tensor<32xf32>
    %3013 = "stablehlo.reshape"(%3006) : (tensor<4x16x16x32xf32>) -> tensor<4x256x32x1xf32>
    %3014 = "stablehlo.multiply"(%3013, %57) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %3015 = "stablehlo.multiply"(%3013, %46) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %3016 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3017 = "stablehlo.reduce"(%3015, %3016) ({
    ^bb0(%3018: tensor<f32>, %3019: tensor<f32>):
        %3020 = "stablehlo.add"(%3018, %3019) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3020) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x256x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %3021 = "stablehlo.reshape"(%3017) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %3022 = "stablehlo.multiply"(%3021, %56) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %3023 = "stablehlo.multiply"(%3022, %1484) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %3024 = "stablehlo.divide"(%3023, %55) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %3025 = "stablehlo.divide"(%3024, %10) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %3026 = "stablehlo.reshape"(%3025) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %3027 = "stablehlo.broadcast_in_dim"(%3026) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x256x32x1xf32>
    %3028 = "stablehlo.multiply"(%3027, %46) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %3029 = "stablehlo.add"(%3014, %3028) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %3030 = "stablehlo.add"(%3029, %3028) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %3031 = "stablehlo.negate"(%3030) : (tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %3032 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3033 = "stablehlo.reduce"(%3031, %3032) ({
    ^bb0(%3034: tensor<f32>, %3035: tensor<f32>):
        %3036 = "stablehlo.add"(%3034, %3035) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3036) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x256x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %3037 = "stablehlo.reshape"(%3033) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %3038 = "stablehlo.divide"(%3037, %10) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %3039 = "stablehlo.reshape"(%3038) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %3040 = "stablehlo.broadcast_in_dim"(%3039) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x256x32x1xf32>
    %3041 = "stablehlo.add"(%3030, %3040) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %3042 = "stablehlo.reshape"(%3041) : (tensor<4x256x32x1xf32>) -> tensor<4x16x16x32xf32>
    %3043 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3044 = "stablehlo.reduce"(%3042, %3043) ({
    ^bb0(%3045: tensor<f32>, %3046: tensor<f32>):
        %3047 = "stablehlo.add"(%3045, %3046) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3047) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x16x16x32xf32>, tensor<f32>) -> tensor<32xf32>
    %3048 = "stablehlo.transpose"(%arg5) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %3049 = "stablehlo.reverse"(%3048) {dimensions = array<i64: 0, 1>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %3050 = "stablehlo.convolution"(%3042, %3049) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x16x16x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x16x16x32xf32>
    %3051 = "stablehlo.transpose"(%33) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<4x16x16x32xf32>) -> tensor<32x16x16x4xf32>
    %3052 = "stablehlo.transpose"(%3042) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x16x16x32xf32>) -> tensor<16x16x4x32xf32>
    %3053 = "stablehlo.convolution"(%3051, %3052) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<32x16x16x4xf32>, tensor<16x16x4x32xf32>) -> tensor<32x3x3x32xf32>
    %3054 = "stablehlo.transpose"(%3053) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<32x3x3x32xf32>) -> tensor<3x3x32x32xf32>
    %3055 = "stablehlo.multiply"(%3050, %32) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %3056 = "stablehlo.multiply"(%3050, %31) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %3057 = "stablehlo.multiply"(%3056, %32) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %3058 = "stablehlo.subtract"(%1458, %32) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %3059 = "stablehlo.multiply"(%3057, %3058) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %3060 = "stablehlo.add"(%3055, %3059) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %3061 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3062 = "stablehlo.reduce"(%3060, %3061) ({
    ^bb0(%3063: tensor<f32>, %3064: tensor<f32>):
        %3065 = "stablehlo.add"(%3063, %3064) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3065) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x16x16x32xf32>, tensor<f32>) -> tensor<32xf32>
    %3066 = "stablehlo.multiply"(%3060, %28) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %3067 = "stablehlo.multiply"(%3060, %27) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %3068 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3069 = "stablehlo.reduce"(%3067, %3068) ({
    ^bb0(%3070: tensor<f32>, %3071: tensor<f32>):
        %3072 = "stablehlo.add"(%3070, %3071) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3072) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x16x16x32xf32>, tensor<f32>) -> tensor<32xf32>
    %3073 = "stablehlo.reshape"(%3066) : (tensor<4x16x16x32xf32>) -> tensor<4x256x32x1xf32>
    %3074 = "stablehlo.multiply"(%3073, %25) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %3075 = "stablehlo.multiply"(%3073, %13) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %3076 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3077 = "stablehlo.reduce"(%3075, %3076) ({
    ^bb0(%3078: tensor<f32>, %3079: tensor<f32>):
        %3080 = "stablehlo.add"(%3078, %3079) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3080) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x256x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %3081 = "stablehlo.reshape"(%3077) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %3082 = "stablehlo.multiply"(%3081, %24) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %3083 = "stablehlo.multiply"(%3082, %1484) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %3084 = "stablehlo.divide"(%3083, %23) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %3085 = "stablehlo.divide"(%3084, %10) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %3086 = "stablehlo.reshape"(%3085) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %3087 = "stablehlo.broadcast_in_dim"(%3086) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x256x32x1xf32>
    %3088 = "stablehlo.multiply"(%3087, %13) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %3089 = "stablehlo.add"(%3074, %3088) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %3090 = "stablehlo.add"(%3089, %3088) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %3091 = "stablehlo.negate"(%3090) : (tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %3092 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3093 = "stablehlo.reduce"(%3091, %3092) ({
    ^bb0(%3094: tensor<f32>, %3095: tensor<f32>):
        %3096 = "stablehlo.add"(%3094, %3095) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3096) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x256x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %3097 = "stablehlo.reshape"(%3093) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %3098 = "stablehlo.divide"(%3097, %10) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %3099 = "stablehlo.reshape"(%3098) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %3100 = "stablehlo.broadcast_in_dim"(%3099) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x256x32x1xf32>
    %3101 = "stablehlo.add"(%3090, %3100) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %3102 = "stablehlo.reshape"(%3101) : (tensor<4x256x32x1xf32>) -> tensor<4x16x16x32xf32>
    %3103 = "stablehlo.add"(%2978, %3102) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %3104 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3105 = "stablehlo.reduce"(%3103, %3104) ({
    ^bb0(%3106: tensor<f32>, %3107: tensor<f32>):
        %3108 = "stablehlo.add"(%3106, %3107) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3108) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x16x16x32xf32>, tensor<f32>) -> tensor<32xf32>
    %3109 = "stablehlo.transpose"(%arg0) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<4x16x16x3xf32>) -> tensor<3x16x16x4xf32>
    %3110 = "stablehlo.transpose"(%3103) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x16x16x32xf32>) -> tensor<16x16x4x32xf32>
    %3111 = "stablehlo.convolution"(%3109, %3110) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<3x16x16x4xf32>, tensor<16x16x4x32xf32>) -> tensor<3x3x3x32xf32>
    %3112 = "stablehlo.transpose"(%3111) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<3x3x3x32xf32>) -> tensor<3x3x3x32xf32>
    return %1199, %1178, %1178, %1178, %1193, %427, %416, %424, %450, %460, %1194, %961, %3112, %3105, %3069, %3062, %3054, %3044, %3009, %3002, %2994, %2984, %2982, %2960, %2924, %2917, %2909, %2899, %2864, %2857, %2849, %2839, %2803, %2796, %2788, %2778, %2743, %2736, %2728, %2718, %2682, %2675, %2672, %2663, %2659, %2650, %2647, %2637, %2613, %2603, %2567, %2560, %2552, %2542, %2507, %2500, %2492, %2482, %2447, %2440, %2432, %2422, %2420, %2410, %2405, %2388, %2378, %2376, %2366, %2330, %2323, %2315, %2305, %2270, %2263, %2255, %2245, %2209, %2202, %2199, %2190, %2186, %2177, %2174, %2164, %2140, %2130, %2094, %2087, %2079, %2069, %2034, %2027, %2019, %2009, %1973, %1966, %1958, %1948, %1913, %1906, %1898, %1888, %1852, %1845, %1837, %1827, %1792, %1785, %1776, %1766, %1758, %1748, %1712, %1705, %1697, %1687, %1652, %1645, %1637, %1627, %1591, %1584, %1576, %1566, %1531, %1524, %1516, %1506, %1470, %1463, %1454, %1444 : tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<3x3x3x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<1x1x32x32xf32>, tensor<32xf32>, tensor<1x1x32x32xf32>, tensor<32xf32>, tensor<1x1x32x32xf32>, tensor<32xf32>, tensor<1x1x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x16xf32>, tensor<16xf32>, tensor<1x1x16x16xf32>, tensor<16xf32>, tensor<32x16xf32>, tensor<1x1x16x16xf32>, tensor<16xf32>, tensor<3x3x16x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<1x1x32x32xf32>, tensor<32xf32>, tensor<1x1x32x32xf32>, tensor<32xf32>, tensor<1x1x32x32xf32>, tensor<32xf32>, tensor<1x1x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x3xf32>, tensor<3xf32>
  }
}
