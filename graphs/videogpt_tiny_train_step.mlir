module @videogpt_tiny_train_step attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<2x4x8x8xi32>, %arg1: tensor<2xi32>, %arg2: tensor<2xui32>, %arg3: tensor<32x16xf32>, %arg4: tensor<16x32xf32> {tf.aliasing_output = 0 : i32}, %arg5: tensor<32xf32> {tf.aliasing_output = 1 : i32}, %arg6: tensor<32xf32> {tf.aliasing_output = 2 : i32}, %arg7: tensor<4x11xf32> {tf.aliasing_output = 3 : i32}, %arg8: tensor<8x11xf32> {tf.aliasing_output = 4 : i32}, %arg9: tensor<8x10xf32> {tf.aliasing_output = 5 : i32}, %arg10: tensor<4x32xf32> {tf.aliasing_output = 6 : i32}, %arg11: tensor<4x32xf32> {tf.aliasing_output = 7 : i32}, %arg12: tensor<32x96xf32> {tf.aliasing_output = 8 : i32}, %arg13: tensor<96xf32> {tf.aliasing_output = 9 : i32}, %arg14: tensor<32x32xf32> {tf.aliasing_output = 10 : i32}, %arg15: tensor<32xf32> {tf.aliasing_output = 11 : i32}, %arg16: tensor<4x32xf32> {tf.aliasing_output = 12 : i32}, %arg17: tensor<4x32xf32> {tf.aliasing_output = 13 : i32}, %arg18: tensor<32x64xf32> {tf.aliasing_output = 14 : i32}, %arg19: tensor<64xf32> {tf.aliasing_output = 15 : i32}, %arg20: tensor<64x32xf32> {tf.aliasing_output = 16 : i32}, %arg21: tensor<32xf32> {tf.aliasing_output = 17 : i32}, %arg22: tensor<4x32xf32> {tf.aliasing_output = 18 : i32}, %arg23: tensor<4x32xf32> {tf.aliasing_output = 19 : i32}, %arg24: tensor<32x96xf32> {tf.aliasing_output = 20 : i32}, %arg25: tensor<96xf32> {tf.aliasing_output = 21 : i32}, %arg26: tensor<32x32xf32> {tf.aliasing_output = 22 : i32}, %arg27: tensor<32xf32> {tf.aliasing_output = 23 : i32}, %arg28: tensor<4x32xf32> {tf.aliasing_output = 24 : i32}, %arg29: tensor<4x32xf32> {tf.aliasing_output = 25 : i32}, %arg30: tensor<32x64xf32> {tf.aliasing_output = 26 : i32}, %arg31: tensor<64xf32> {tf.aliasing_output = 27 : i32}, %arg32: tensor<64x32xf32> {tf.aliasing_output = 28 : i32}, %arg33: tensor<32xf32> {tf.aliasing_output = 29 : i32}, %arg34: tensor<4x32xf32> {tf.aliasing_output = 30 : i32}, %arg35: tensor<4x32xf32> {tf.aliasing_output = 31 : i32}, %arg36: tensor<32x32xf32> {tf.aliasing_output = 32 : i32}, %arg37: tensor<32xf32> {tf.aliasing_output = 33 : i32}, %arg38: tensor<i32> {tf.aliasing_output = 34 : i32}, %arg39: tensor<16x32xf32> {tf.aliasing_output = 35 : i32}, %arg40: tensor<32xf32> {tf.aliasing_output = 36 : i32}, %arg41: tensor<32xf32> {tf.aliasing_output = 37 : i32}, %arg42: tensor<4x11xf32> {tf.aliasing_output = 38 : i32}, %arg43: tensor<8x11xf32> {tf.aliasing_output = 39 : i32}, %arg44: tensor<8x10xf32> {tf.aliasing_output = 40 : i32}, %arg45: tensor<4x32xf32> {tf.aliasing_output = 41 : i32}, %arg46: tensor<4x32xf32> {tf.aliasing_output = 42 : i32}, %arg47: tensor<32x96xf32> {tf.aliasing_output = 43 : i32}, %arg48: tensor<96xf32> {tf.aliasing_output = 44 : i32}, %arg49: tensor<32x32xf32> {tf.aliasing_output = 45 : i32}, %arg50: tensor<32xf32> {tf.aliasing_output = 46 : i32}, %arg51: tensor<4x32xf32> {tf.aliasing_output = 47 : i32}, %arg52: tensor<4x32xf32> {tf.aliasing_output = 48 : i32}, %arg53: tensor<32x64xf32> {tf.aliasing_output = 49 : i32}, %arg54: tensor<64xf32> {tf.aliasing_output = 50 : i32}, %arg55: tensor<64x32xf32> {tf.aliasing_output = 51 : i32}, %arg56: tensor<32xf32> {tf.aliasing_output = 52 : i32}, %arg57: tensor<4x32xf32> {tf.aliasing_output = 53 : i32}, %arg58: tensor<4x32xf32> {tf.aliasing_output = 54 : i32}, %arg59: tensor<32x96xf32> {tf.aliasing_output = 55 : i32}, %arg60: tensor<96xf32> {tf.aliasing_output = 56 : i32}, %arg61: tensor<32x32xf32> {tf.aliasing_output = 57 : i32}, %arg62: tensor<32xf32> {tf.aliasing_output = 58 : i32}, %arg63: tensor<4x32xf32> {tf.aliasing_output = 59 : i32}, %arg64: tensor<4x32xf32> {tf.aliasing_output = 60 : i32}, %arg65: tensor<32x64xf32> {tf.aliasing_output = 61 : i32}, %arg66: tensor<64xf32> {tf.aliasing_output = 62 : i32}, %arg67: tensor<64x32xf32> {tf.aliasing_output = 63 : i32}, %arg68: tensor<32xf32> {tf.aliasing_output = 64 : i32}, %arg69: tensor<4x32xf32> {tf.aliasing_output = 65 : i32}, %arg70: tensor<4x32xf32> {tf.aliasing_output = 66 : i32}, %arg71: tensor<32x32xf32> {tf.aliasing_output = 67 : i32}, %arg72: tensor<32xf32> {tf.aliasing_output = 68 : i32}, %arg73: tensor<16x32xf32> {tf.aliasing_output = 69 : i32}, %arg74: tensor<32xf32> {tf.aliasing_output = 70 : i32}, %arg75: tensor<32xf32> {tf.aliasing_output = 71 : i32}, %arg76: tensor<4x11xf32> {tf.aliasing_output = 72 : i32}, %arg77: tensor<8x11xf32> {tf.aliasing_output = 73 : i32}, %arg78: tensor<8x10xf32> {tf.aliasing_output = 74 : i32}, %arg79: tensor<4x32xf32> {tf.aliasing_output = 75 : i32}, %arg80: tensor<4x32xf32> {tf.aliasing_output = 76 : i32}, %arg81: tensor<32x96xf32> {tf.aliasing_output = 77 : i32}, %arg82: tensor<96xf32> {tf.aliasing_output = 78 : i32}, %arg83: tensor<32x32xf32> {tf.aliasing_output = 79 : i32}, %arg84: tensor<32xf32> {tf.aliasing_output = 80 : i32}, %arg85: tensor<4x32xf32> {tf.aliasing_output = 81 : i32}, %arg86: tensor<4x32xf32> {tf.aliasing_output = 82 : i32}, %arg87: tensor<32x64xf32> {tf.aliasing_output = 83 : i32}, %arg88: tensor<64xf32> {tf.aliasing_output = 84 : i32}, %arg89: tensor<64x32xf32> {tf.aliasing_output = 85 : i32}, %arg90: tensor<32xf32> {tf.aliasing_output = 86 : i32}, %arg91: tensor<4x32xf32> {tf.aliasing_output = 87 : i32}, %arg92: tensor<4x32xf32> {tf.aliasing_output = 88 : i32}, %arg93: tensor<32x96xf32> {tf.aliasing_output = 89 : i32}, %arg94: tensor<96xf32> {tf.aliasing_output = 90 : i32}, %arg95: tensor<32x32xf32> {tf.aliasing_output = 91 : i32}, %arg96: tensor<32xf32> {tf.aliasing_output = 92 : i32}, %arg97: tensor<4x32xf32> {tf.aliasing_output = 93 : i32}, %arg98: tensor<4x32xf32> {tf.aliasing_output = 94 : i32}, %arg99: tensor<32x64xf32> {tf.aliasing_output = 95 : i32}, %arg100: tensor<64xf32> {tf.aliasing_output = 96 : i32}, %arg101: tensor<64x32xf32> {tf.aliasing_output = 97 : i32}, %arg102: tensor<32xf32> {tf.aliasing_output = 98 : i32}, %arg103: tensor<4x32xf32> {tf.aliasing_output = 99 : i32}, %arg104: tensor<4x32xf32> {tf.aliasing_output = 100 : i32}, %arg105: tensor<32x32xf32> {tf.aliasing_output = 101 : i32}, %arg106: tensor<32xf32> {tf.aliasing_output = 102 : i32}, %arg107: tensor<16x32xf32> {tf.aliasing_output = 103 : i32}, %arg108: tensor<32xf32> {tf.aliasing_output = 104 : i32}, %arg109: tensor<32xf32> {tf.aliasing_output = 105 : i32}, %arg110: tensor<4x11xf32> {tf.aliasing_output = 106 : i32}, %arg111: tensor<8x11xf32> {tf.aliasing_output = 107 : i32}, %arg112: tensor<8x10xf32> {tf.aliasing_output = 108 : i32}, %arg113: tensor<4x32xf32> {tf.aliasing_output = 109 : i32}, %arg114: tensor<4x32xf32> {tf.aliasing_output = 110 : i32}, %arg115: tensor<32x96xf32> {tf.aliasing_output = 111 : i32}, %arg116: tensor<96xf32> {tf.aliasing_output = 112 : i32}, %arg117: tensor<32x32xf32> {tf.aliasing_output = 113 : i32}, %arg118: tensor<32xf32> {tf.aliasing_output = 114 : i32}, %arg119: tensor<4x32xf32> {tf.aliasing_output = 115 : i32}, %arg120: tensor<4x32xf32> {tf.aliasing_output = 116 : i32}, %arg121: tensor<32x64xf32> {tf.aliasing_output = 117 : i32}, %arg122: tensor<64xf32> {tf.aliasing_output = 118 : i32}, %arg123: tensor<64x32xf32> {tf.aliasing_output = 119 : i32}, %arg124: tensor<32xf32> {tf.aliasing_output = 120 : i32}, %arg125: tensor<4x32xf32> {tf.aliasing_output = 121 : i32}, %arg126: tensor<4x32xf32> {tf.aliasing_output = 122 : i32}, %arg127: tensor<32x96xf32> {tf.aliasing_output = 123 : i32}, %arg128: tensor<96xf32> {tf.aliasing_output = 124 : i32}, %arg129: tensor<32x32xf32> {tf.aliasing_output = 125 : i32}, %arg130: tensor<32xf32> {tf.aliasing_output = 126 : i32}, %arg131: tensor<4x32xf32> {tf.aliasing_output = 127 : i32}, %arg132: tensor<4x32xf32> {tf.aliasing_output = 128 : i32}, %arg133: tensor<32x64xf32> {tf.aliasing_output = 129 : i32}, %arg134: tensor<64xf32> {tf.aliasing_output = 130 : i32}, %arg135: tensor<64x32xf32> {tf.aliasing_output = 131 : i32}, %arg136: tensor<32xf32> {tf.aliasing_output = 132 : i32}, %arg137: tensor<4x32xf32> {tf.aliasing_output = 133 : i32}, %arg138: tensor<4x32xf32> {tf.aliasing_output = 134 : i32}, %arg139: tensor<32x32xf32> {tf.aliasing_output = 135 : i32}, %arg140: tensor<32xf32> {tf.aliasing_output = 136 : i32}) -> (tensor<16x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<4x11xf32>, tensor<8x11xf32>, tensor<8x10xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x96xf32>, tensor<96xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x96xf32>, tensor<96xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<i32>, tensor<16x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<4x11xf32>, tensor<8x11xf32>, tensor<8x10xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x96xf32>, tensor<96xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x96xf32>, tensor<96xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<16x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<4x11xf32>, tensor<8x11xf32>, tensor<8x10xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x96xf32>, tensor<96xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x96xf32>, tensor<96xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<16x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<4x11xf32>, tensor<8x11xf32>, tensor<8x10xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x96xf32>, tensor<96xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x96xf32>, tensor<96xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<4xf32>) {
    %0 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<2x4xi32>
    %1 = "stablehlo.broadcast_in_dim"(%arg1) {broadcast_dimensions = array<i64: 0>} : (tensor<2xi32>) -> tensor<2x4xi32>
    %2 = "stablehlo.compare"(%1, %0) {comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<2x4xi32>, tensor<2x4xi32>) -> tensor<2x4xi1>
    %3 = "stablehlo.convert"(%2) : (tensor<2x4xi1>) -> tensor<2x4xf32>
    %4 = "stablehlo.dot_general"(%arg3, %arg4) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<32x16xf32>, tensor<16x32xf32>) -> tensor<32x32xf32>
    %5 = "stablehlo.broadcast_in_dim"(%arg5) {broadcast_dimensions = array<i64: 1>} : (tensor<32xf32>) -> tensor<32x32xf32>
    %6 = "stablehlo.add"(%4, %5) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %7 = "stablehlo.reshape"(%arg0) : (tensor<2x4x8x8xi32>) -> tensor<2x256xi32>
    %8 = "stablehlo.gather"(%6, %7) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 32>} : (tensor<32x32xf32>, tensor<2x256xi32>) -> tensor<2x256x32xf32>
    %9 = "stablehlo.broadcast_in_dim"(%arg6) {broadcast_dimensions = array<i64: 2>} : (tensor<32xf32>) -> tensor<2x1x32xf32>
    %10 = "stablehlo.slice"(%8) {start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 2, 255, 32>, strides = array<i64: 1, 1, 1>} : (tensor<2x256x32xf32>) -> tensor<2x255x32xf32>
    %11 = "stablehlo.concatenate"(%9, %10) {dimension = 1 : i64} : (tensor<2x1x32xf32>, tensor<2x255x32xf32>) -> tensor<2x256x32xf32>
    %12 = "stablehlo.broadcast_in_dim"(%arg7) {broadcast_dimensions = array<i64: 0, 3>} : (tensor<4x11xf32>) -> tensor<4x8x8x11xf32>
    %13 = "stablehlo.broadcast_in_dim"(%arg8) {broadcast_dimensions = array<i64: 1, 3>} : (tensor<8x11xf32>) -> tensor<4x8x8x11xf32>
    %14 = "stablehlo.broadcast_in_dim"(%arg9) {broadcast_dimensions = array<i64: 2, 3>} : (tensor<8x10xf32>) -> tensor<4x8x8x10xf32>
    %15 = "stablehlo.concatenate"(%12, %13, %14) {dimension = 3 : i64} : (tensor<4x8x8x11xf32>, tensor<4x8x8x11xf32>, tensor<4x8x8x10xf32>) -> tensor<4x8x8x32xf32>
    %16 = "stablehlo.reshape"(%15) : (tensor<4x8x8x32xf32>) -> tensor<256x32xf32>
    %17 = "stablehlo.broadcast_in_dim"(%16) {broadcast_dimensions = array<i64: 1, 2>} : (tensor<256x32xf32>) -> tensor<2x256x32xf32>
    %18 = "stablehlo.add"(%11, %17) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %19 = "stablehlo.dot_general"(%3, %arg10) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<2x4xf32>, tensor<4x32xf32>) -> tensor<2x32xf32>
    %20 = "stablehlo.reshape"(%19) : (tensor<2x32xf32>) -> tensor<2x1x32xf32>
    %21 = "stablehlo.constant"() {value = dense<1.0> : tensor<2x1x32xf32>} : () -> tensor<2x1x32xf32>
    %22 = "stablehlo.add"(%20, %21) : (tensor<2x1x32xf32>, tensor<2x1x32xf32>) -> tensor<2x1x32xf32>
    %23 = "stablehlo.dot_general"(%3, %arg11) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<2x4xf32>, tensor<4x32xf32>) -> tensor<2x32xf32>
    %24 = "stablehlo.reshape"(%23) : (tensor<2x32xf32>) -> tensor<2x1x32xf32>
    %25 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %26 = "stablehlo.reduce"(%18, %25) ({
    ^bb0(%27: tensor<f32>, %28: tensor<f32>):
        %29 = "stablehlo.add"(%27, %28) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%29) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x256xf32>
    %30 = "stablehlo.reshape"(%26) : (tensor<2x256xf32>) -> tensor<2x256x1xf32>
    %31 = "stablehlo.constant"() {value = dense<32.0> : tensor<2x256x1xf32>} : () -> tensor<2x256x1xf32>
    %32 = "stablehlo.divide"(%30, %31) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %33 = "stablehlo.multiply"(%18, %18) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %34 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %35 = "stablehlo.reduce"(%33, %34) ({
    ^bb0(%36: tensor<f32>, %37: tensor<f32>):
        %38 = "stablehlo.add"(%36, %37) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%38) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x256xf32>
    %39 = "stablehlo.reshape"(%35) : (tensor<2x256xf32>) -> tensor<2x256x1xf32>
    %40 = "stablehlo.divide"(%39, %31) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %41 = "stablehlo.multiply"(%32, %32) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %42 = "stablehlo.subtract"(%40, %41) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %43 = "stablehlo.broadcast_in_dim"(%32) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x256x1xf32>) -> tensor<2x256x32xf32>
    %44 = "stablehlo.subtract"(%18, %43) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %45 = "stablehlo.constant"() {value = dense<0x358637BD> : tensor<2x256x1xf32>} : () -> tensor<2x256x1xf32>
    %46 = "stablehlo.add"(%42, %45) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %47 = "stablehlo.rsqrt"(%46) : (tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %48 = "stablehlo.broadcast_in_dim"(%47) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x256x1xf32>) -> tensor<2x256x32xf32>
    %49 = "stablehlo.multiply"(%44, %48) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %50 = "stablehlo.broadcast_in_dim"(%22) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x1x32xf32>) -> tensor<2x256x32xf32>
    %51 = "stablehlo.multiply"(%49, %50) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %52 = "stablehlo.broadcast_in_dim"(%24) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x1x32xf32>) -> tensor<2x256x32xf32>
    %53 = "stablehlo.add"(%51, %52) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %54 = "stablehlo.dot_general"(%53, %arg12) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x256x32xf32>, tensor<32x96xf32>) -> tensor<2x256x96xf32>
    %55 = "stablehlo.broadcast_in_dim"(%arg13) {broadcast_dimensions = array<i64: 2>} : (tensor<96xf32>) -> tensor<2x256x96xf32>
    %56 = "stablehlo.add"(%54, %55) : (tensor<2x256x96xf32>, tensor<2x256x96xf32>) -> tensor<2x256x96xf32>
    %57 = "stablehlo.reshape"(%56) : (tensor<2x256x96xf32>) -> tensor<2x256x2x48xf32>
    %58 = "stablehlo.transpose"(%57) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x256x2x48xf32>) -> tensor<2x2x256x48xf32>
    %59 = "stablehlo.slice"(%58) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 2, 2, 256, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x2x256x48xf32>) -> tensor<2x2x256x16xf32>
    %60 = "stablehlo.slice"(%58) {start_indices = array<i64: 0, 0, 0, 16>, limit_indices = array<i64: 2, 2, 256, 32>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x2x256x48xf32>) -> tensor<2x2x256x16xf32>
    %61 = "stablehlo.slice"(%58) {start_indices = array<i64: 0, 0, 0, 32>, limit_indices = array<i64: 2, 2, 256, 48>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x2x256x48xf32>) -> tensor<2x2x256x16xf32>
    %62 = "stablehlo.constant"() {value = dense<4.0> : tensor<2x2x256x16xf32>} : () -> tensor<2x2x256x16xf32>
    %63 = "stablehlo.divide"(%59, %62) : (tensor<2x2x256x16xf32>, tensor<2x2x256x16xf32>) -> tensor<2x2x256x16xf32>
    %64 = "stablehlo.slice"(%63) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 2, 2, 256, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x2x256x16xf32>) -> tensor<2x2x256x16xf32>
    %65 = "stablehlo.slice"(%60) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 2, 2, 256, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x2x256x16xf32>) -> tensor<2x2x256x16xf32>
    %66 = "stablehlo.dot_general"(%64, %65) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<2x2x256x16xf32>, tensor<2x2x256x16xf32>) -> tensor<2x2x256x256xf32>
    %67 = "stablehlo.iota"() {iota_dimension = 0 : i64} : () -> tensor<256x256xi32>
    %68 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<256x256xi32>
    %69 = "stablehlo.constant"() {value = dense<0> : tensor<256x256xi32>} : () -> tensor<256x256xi32>
    %70 = "stablehlo.add"(%67, %69) : (tensor<256x256xi32>, tensor<256x256xi32>) -> tensor<256x256xi32>
    %71 = "stablehlo.compare"(%68, %70) {comparison_direction = #stablehlo<comparison_direction LE>} : (tensor<256x256xi32>, tensor<256x256xi32>) -> tensor<256x256xi1>
    %72 = "stablehlo.constant"() {value = dense<0xF149F2CA> : tensor<2x2x256x256xf32>} : () -> tensor<2x2x256x256xf32>
    %73 = "stablehlo.broadcast_in_dim"(%71) {broadcast_dimensions = array<i64: 2, 3>} : (tensor<256x256xi1>) -> tensor<2x2x256x256xi1>
    %74 = "stablehlo.select"(%73, %66, %72) : (tensor<2x2x256x256xi1>, tensor<2x2x256x256xf32>, tensor<2x2x256x256xf32>) -> tensor<2x2x256x256xf32>
    %75 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %76 = "stablehlo.reduce"(%74, %75) ({
    ^bb0(%77: tensor<f32>, %78: tensor<f32>):
        %79 = "stablehlo.maximum"(%77, %78) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%79) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x2x256x256xf32>, tensor<f32>) -> tensor<2x2x256xf32>
    %80 = "stablehlo.reshape"(%76) : (tensor<2x2x256xf32>) -> tensor<2x2x256x1xf32>
    %81 = "stablehlo.broadcast_in_dim"(%80) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<2x2x256x1xf32>) -> tensor<2x2x256x256xf32>
    %82 = "stablehlo.subtract"(%74, %81) : (tensor<2x2x256x256xf32>, tensor<2x2x256x256xf32>) -> tensor<2x2x256x256xf32>
    %83 = "stablehlo.exponential"(%82) : (tensor<2x2x256x256xf32>) -> tensor<2x2x256x256xf32>
    %84 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %85 = "stablehlo.reduce"(%83, %84) ({
    ^bb0(%86: tensor<f32>, %87: tensor<f32>):
        %88 = "stablehlo.add"(%86, %87) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%88) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x2x256x256xf32>, tensor<f32>) -> tensor<2x2x256xf32>
    %89 = "stablehlo.reshape"(%85) : (tensor<2x2x256xf32>) -> tensor<2x2x256x1xf32>
    %90 = "stablehlo.broadcast_in_dim"(%89) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<2x2x256x1xf32>) -> tensor<2x2x256x256xf32>
    %91 = "stablehlo.divide"(%83, %90) : (tensor<2x2x256x256xf32>, tensor<2x2x256x256xf32>) -> tensor<2x2x256x256xf32>
    %92 = "stablehlo.slice"(%61) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 2, 2, 256, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x2x256x16xf32>) -> tensor<2x2x256x16xf32>
    %93 = "stablehlo.dot_general"(%91, %92) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>} : (tensor<2x2x256x256xf32>, tensor<2x2x256x16xf32>) -> tensor<2x2x256x16xf32>
    %94 = "stablehlo.concatenate"(%93) {dimension = 2 : i64} : (tensor<2x2x256x16xf32>) -> tensor<2x2x256x16xf32>
    %95 = "stablehlo.transpose"(%94) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x2x256x16xf32>) -> tensor<2x256x2x16xf32>
    %96 = "stablehlo.reshape"(%95) : (tensor<2x256x2x16xf32>) -> tensor<2x256x32xf32>
    %97 = "stablehlo.dot_general"(%96, %arg14) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x256x32xf32>, tensor<32x32xf32>) -> tensor<2x256x32xf32>
    %98 = "stablehlo.broadcast_in_dim"(%arg15) {broadcast_dimensions = array<i64: 2>} : (tensor<32xf32>) -> tensor<2x256x32xf32>
    %99 = "stablehlo.add"(%97, %98) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %100 = "stablehlo.add"(%18, %99) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %101 = "stablehlo.dot_general"(%3, %arg16) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<2x4xf32>, tensor<4x32xf32>) -> tensor<2x32xf32>
    %102 = "stablehlo.reshape"(%101) : (tensor<2x32xf32>) -> tensor<2x1x32xf32>
    %103 = "stablehlo.add"(%102, %21) : (tensor<2x1x32xf32>, tensor<2x1x32xf32>) -> tensor<2x1x32xf32>
    %104 = "stablehlo.dot_general"(%3, %arg17) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<2x4xf32>, tensor<4x32xf32>) -> tensor<2x32xf32>
    %105 = "stablehlo.reshape"(%104) : (tensor<2x32xf32>) -> tensor<2x1x32xf32>
    %106 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %107 = "stablehlo.reduce"(%100, %106) ({
    ^bb0(%108: tensor<f32>, %109: tensor<f32>):
        %110 = "stablehlo.add"(%108, %109) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%110) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x256xf32>
    %111 = "stablehlo.reshape"(%107) : (tensor<2x256xf32>) -> tensor<2x256x1xf32>
    %112 = "stablehlo.divide"(%111, %31) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %113 = "stablehlo.multiply"(%100, %100) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %114 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %115 = "stablehlo.reduce"(%113, %114) ({
    ^bb0(%116: tensor<f32>, %117: tensor<f32>):
        %118 = "stablehlo.add"(%116, %117) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%118) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x256xf32>
    %119 = "stablehlo.reshape"(%115) : (tensor<2x256xf32>) -> tensor<2x256x1xf32>
    %120 = "stablehlo.divide"(%119, %31) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %121 = "stablehlo.multiply"(%112, %112) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %122 = "stablehlo.subtract"(%120, %121) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %123 = "stablehlo.broadcast_in_dim"(%112) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x256x1xf32>) -> tensor<2x256x32xf32>
    %124 = "stablehlo.subtract"(%100, %123) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %125 = "stablehlo.add"(%122, %45) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %126 = "stablehlo.rsqrt"(%125) : (tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %127 = "stablehlo.broadcast_in_dim"(%126) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x256x1xf32>) -> tensor<2x256x32xf32>
    %128 = "stablehlo.multiply"(%124, %127) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %129 = "stablehlo.broadcast_in_dim"(%103) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x1x32xf32>) -> tensor<2x256x32xf32>
    %130 = "stablehlo.multiply"(%128, %129) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %131 = "stablehlo.broadcast_in_dim"(%105) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x1x32xf32>) -> tensor<2x256x32xf32>
    %132 = "stablehlo.add"(%130, %131) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %133 = "stablehlo.dot_general"(%132, %arg18) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x256x32xf32>, tensor<32x64xf32>) -> tensor<2x256x64xf32>
    %134 = "stablehlo.broadcast_in_dim"(%arg19) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x256x64xf32>
    %135 = "stablehlo.add"(%133, %134) : (tensor<2x256x64xf32>, tensor<2x256x64xf32>) -> tensor<2x256x64xf32>
    %136 = "stablehlo.constant"() {value = dense<1.702> : tensor<2x256x64xf32>} : () -> tensor<2x256x64xf32>
    %137 = "stablehlo.multiply"(%135, %136) : (tensor<2x256x64xf32>, tensor<2x256x64xf32>) -> tensor<2x256x64xf32>
    %138 = "stablehlo.logistic"(%137) : (tensor<2x256x64xf32>) -> tensor<2x256x64xf32>
    %139 = "stablehlo.multiply"(%135, %138) : (tensor<2x256x64xf32>, tensor<2x256x64xf32>) -> tensor<2x256x64xf32>
    %140 = "stablehlo.dot_general"(%139, %arg20) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x256x64xf32>, tensor<64x32xf32>) -> tensor<2x256x32xf32>
    %141 = "stablehlo.broadcast_in_dim"(%arg21) {broadcast_dimensions = array<i64: 2>} : (tensor<32xf32>) -> tensor<2x256x32xf32>
    %142 = "stablehlo.add"(%140, %141) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %143 = "stablehlo.add"(%100, %142) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %144 = "stablehlo.dot_general"(%3, %arg22) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<2x4xf32>, tensor<4x32xf32>) -> tensor<2x32xf32>
    %145 = "stablehlo.reshape"(%144) : (tensor<2x32xf32>) -> tensor<2x1x32xf32>
    %146 = "stablehlo.add"(%145, %21) : (tensor<2x1x32xf32>, tensor<2x1x32xf32>) -> tensor<2x1x32xf32>
    %147 = "stablehlo.dot_general"(%3, %arg23) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<2x4xf32>, tensor<4x32xf32>) -> tensor<2x32xf32>
    %148 = "stablehlo.reshape"(%147) : (tensor<2x32xf32>) -> tensor<2x1x32xf32>
    %149 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %150 = "stablehlo.reduce"(%143, %149) ({
    ^bb0(%151: tensor<f32>, %152: tensor<f32>):
        %153 = "stablehlo.add"(%151, %152) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%153) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x256xf32>
    %154 = "stablehlo.reshape"(%150) : (tensor<2x256xf32>) -> tensor<2x256x1xf32>
    %155 = "stablehlo.divide"(%154, %31) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %156 = "stablehlo.multiply"(%143, %143) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %157 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %158 = "stablehlo.reduce"(%156, %157) ({
    ^bb0(%159: tensor<f32>, %160: tensor<f32>):
        %161 = "stablehlo.add"(%159, %160) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%161) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x256xf32>
    %162 = "stablehlo.reshape"(%158) : (tensor<2x256xf32>) -> tensor<2x256x1xf32>
    %163 = "stablehlo.divide"(%162, %31) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %164 = "stablehlo.multiply"(%155, %155) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %165 = "stablehlo.subtract"(%163, %164) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %166 = "stablehlo.broadcast_in_dim"(%155) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x256x1xf32>) -> tensor<2x256x32xf32>
    %167 = "stablehlo.subtract"(%143, %166) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %168 = "stablehlo.add"(%165, %45) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %169 = "stablehlo.rsqrt"(%168) : (tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %170 = "stablehlo.broadcast_in_dim"(%169) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x256x1xf32>) -> tensor<2x256x32xf32>
    %171 = "stablehlo.multiply"(%167, %170) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %172 = "stablehlo.broadcast_in_dim"(%146) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x1x32xf32>) -> tensor<2x256x32xf32>
    %173 = "stablehlo.multiply"(%171, %172) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %174 = "stablehlo.broadcast_in_dim"(%148) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x1x32xf32>) -> tensor<2x256x32xf32>
    %175 = "stablehlo.add"(%173, %174) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %176 = "stablehlo.dot_general"(%175, %arg24) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x256x32xf32>, tensor<32x96xf32>) -> tensor<2x256x96xf32>
    %177 = "stablehlo.broadcast_in_dim"(%arg25) {broadcast_dimensions = array<i64: 2>} : (tensor<96xf32>) -> tensor<2x256x96xf32>
    %178 = "stablehlo.add"(%176, %177) : (tensor<2x256x96xf32>, tensor<2x256x96xf32>) -> tensor<2x256x96xf32>
    %179 = "stablehlo.reshape"(%178) : (tensor<2x256x96xf32>) -> tensor<2x256x2x48xf32>
    %180 = "stablehlo.transpose"(%179) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x256x2x48xf32>) -> tensor<2x2x256x48xf32>
    %181 = "stablehlo.slice"(%180) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 2, 2, 256, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x2x256x48xf32>) -> tensor<2x2x256x16xf32>
    %182 = "stablehlo.slice"(%180) {start_indices = array<i64: 0, 0, 0, 16>, limit_indices = array<i64: 2, 2, 256, 32>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x2x256x48xf32>) -> tensor<2x2x256x16xf32>
    %183 = "stablehlo.slice"(%180) {start_indices = array<i64: 0, 0, 0, 32>, limit_indices = array<i64: 2, 2, 256, 48>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x2x256x48xf32>) -> tensor<2x2x256x16xf32>
    %184 = "stablehlo.divide"(%181, %62) : (tensor<2x2x256x16xf32>, tensor<2x2x256x16xf32>) -> tensor<2x2x256x16xf32>
    %185 = "stablehlo.slice"(%184) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 2, 2, 256, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x2x256x16xf32>) -> tensor<2x2x256x16xf32>
    %186 = "stablehlo.slice"(%182) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 2, 2, 256, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x2x256x16xf32>) -> tensor<2x2x256x16xf32>
    %187 = "stablehlo.dot_general"(%185, %186) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<2x2x256x16xf32>, tensor<2x2x256x16xf32>) -> tensor<2x2x256x256xf32>
    %188 = "stablehlo.select"(%73, %187, %72) : (tensor<2x2x256x256xi1>, tensor<2x2x256x256xf32>, tensor<2x2x256x256xf32>) -> tensor<2x2x256x256xf32>
    %189 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %190 = "stablehlo.reduce"(%188, %189) ({
    ^bb0(%191: tensor<f32>, %192: tensor<f32>):
        %193 = "stablehlo.maximum"(%191, %192) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%193) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x2x256x256xf32>, tensor<f32>) -> tensor<2x2x256xf32>
    %194 = "stablehlo.reshape"(%190) : (tensor<2x2x256xf32>) -> tensor<2x2x256x1xf32>
    %195 = "stablehlo.broadcast_in_dim"(%194) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<2x2x256x1xf32>) -> tensor<2x2x256x256xf32>
    %196 = "stablehlo.subtract"(%188, %195) : (tensor<2x2x256x256xf32>, tensor<2x2x256x256xf32>) -> tensor<2x2x256x256xf32>
    %197 = "stablehlo.exponential"(%196) : (tensor<2x2x256x256xf32>) -> tensor<2x2x256x256xf32>
    %198 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %199 = "stablehlo.reduce"(%197, %198) ({
    ^bb0(%200: tensor<f32>, %201: tensor<f32>):
        %202 = "stablehlo.add"(%200, %201) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%202) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x2x256x256xf32>, tensor<f32>) -> tensor<2x2x256xf32>
    %203 = "stablehlo.reshape"(%199) : (tensor<2x2x256xf32>) -> tensor<2x2x256x1xf32>
    %204 = "stablehlo.broadcast_in_dim"(%203) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<2x2x256x1xf32>) -> tensor<2x2x256x256xf32>
    %205 = "stablehlo.divide"(%197, %204) : (tensor<2x2x256x256xf32>, tensor<2x2x256x256xf32>) -> tensor<2x2x256x256xf32>
    %206 = "stablehlo.slice"(%183) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 2, 2, 256, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x2x256x16xf32>) -> tensor<2x2x256x16xf32>
    %207 = "stablehlo.dot_general"(%205, %206) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>} : (tensor<2x2x256x256xf32>, tensor<2x2x256x16xf32>) -> tensor<2x2x256x16xf32>
    %208 = "stablehlo.concatenate"(%207) {dimension = 2 : i64} : (tensor<2x2x256x16xf32>) -> tensor<2x2x256x16xf32>
    %209 = "stablehlo.transpose"(%208) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x2x256x16xf32>) -> tensor<2x256x2x16xf32>
    %210 = "stablehlo.reshape"(%209) : (tensor<2x256x2x16xf32>) -> tensor<2x256x32xf32>
    %211 = "stablehlo.dot_general"(%210, %arg26) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x256x32xf32>, tensor<32x32xf32>) -> tensor<2x256x32xf32>
    %212 = "stablehlo.broadcast_in_dim"(%arg27) {broadcast_dimensions = array<i64: 2>} : (tensor<32xf32>) -> tensor<2x256x32xf32>
    %213 = "stablehlo.add"(%211, %212) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %214 = "stablehlo.add"(%143, %213) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %215 = "stablehlo.dot_general"(%3, %arg28) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<2x4xf32>, tensor<4x32xf32>) -> tensor<2x32xf32>
    %216 = "stablehlo.reshape"(%215) : (tensor<2x32xf32>) -> tensor<2x1x32xf32>
    %217 = "stablehlo.add"(%216, %21) : (tensor<2x1x32xf32>, tensor<2x1x32xf32>) -> tensor<2x1x32xf32>
    %218 = "stablehlo.dot_general"(%3, %arg29) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<2x4xf32>, tensor<4x32xf32>) -> tensor<2x32xf32>
    %219 = "stablehlo.reshape"(%218) : (tensor<2x32xf32>) -> tensor<2x1x32xf32>
    %220 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %221 = "stablehlo.reduce"(%214, %220) ({
    ^bb0(%222: tensor<f32>, %223: tensor<f32>):
        %224 = "stablehlo.add"(%222, %223) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%224) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x256xf32>
    %225 = "stablehlo.reshape"(%221) : (tensor<2x256xf32>) -> tensor<2x256x1xf32>
    %226 = "stablehlo.divide"(%225, %31) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %227 = "stablehlo.multiply"(%214, %214) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %228 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %229 = "stablehlo.reduce"(%227, %228) ({
    ^bb0(%230: tensor<f32>, %231: tensor<f32>):
        %232 = "stablehlo.add"(%230, %231) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%232) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x256xf32>
    %233 = "stablehlo.reshape"(%229) : (tensor<2x256xf32>) -> tensor<2x256x1xf32>
    %234 = "stablehlo.divide"(%233, %31) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %235 = "stablehlo.multiply"(%226, %226) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %236 = "stablehlo.subtract"(%234, %235) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %237 = "stablehlo.broadcast_in_dim"(%226) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x256x1xf32>) -> tensor<2x256x32xf32>
    %238 = "stablehlo.subtract"(%214, %237) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %239 = "stablehlo.add"(%236, %45) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %240 = "stablehlo.rsqrt"(%239) : (tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %241 = "stablehlo.broadcast_in_dim"(%240) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x256x1xf32>) -> tensor<2x256x32xf32>
    %242 = "stablehlo.multiply"(%238, %241) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %243 = "stablehlo.broadcast_in_dim"(%217) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x1x32xf32>) -> tensor<2x256x32xf32>
    %244 = "stablehlo.multiply"(%242, %243) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %245 = "stablehlo.broadcast_in_dim"(%219) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x1x32xf32>) -> tensor<2x256x32xf32>
    %246 = "stablehlo.add"(%244, %245) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %247 = "stablehlo.dot_general"(%246, %arg30) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x256x32xf32>, tensor<32x64xf32>) -> tensor<2x256x64xf32>
    %248 = "stablehlo.broadcast_in_dim"(%arg31) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x256x64xf32>
    %249 = "stablehlo.add"(%247, %248) : (tensor<2x256x64xf32>, tensor<2x256x64xf32>) -> tensor<2x256x64xf32>
    %250 = "stablehlo.multiply"(%249, %136) : (tensor<2x256x64xf32>, tensor<2x256x64xf32>) -> tensor<2x256x64xf32>
    %251 = "stablehlo.logistic"(%250) : (tensor<2x256x64xf32>) -> tensor<2x256x64xf32>
    %252 = "stablehlo.multiply"(%249, %251) : (tensor<2x256x64xf32>, tensor<2x256x64xf32>) -> tensor<2x256x64xf32>
    %253 = "stablehlo.dot_general"(%252, %arg32) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x256x64xf32>, tensor<64x32xf32>) -> tensor<2x256x32xf32>
    %254 = "stablehlo.broadcast_in_dim"(%arg33) {broadcast_dimensions = array<i64: 2>} : (tensor<32xf32>) -> tensor<2x256x32xf32>
    %255 = "stablehlo.add"(%253, %254) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %256 = "stablehlo.add"(%214, %255) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %257 = "stablehlo.dot_general"(%3, %arg34) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<2x4xf32>, tensor<4x32xf32>) -> tensor<2x32xf32>
    %258 = "stablehlo.reshape"(%257) : (tensor<2x32xf32>) -> tensor<2x1x32xf32>
    %259 = "stablehlo.add"(%258, %21) : (tensor<2x1x32xf32>, tensor<2x1x32xf32>) -> tensor<2x1x32xf32>
    %260 = "stablehlo.dot_general"(%3, %arg35) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<2x4xf32>, tensor<4x32xf32>) -> tensor<2x32xf32>
    %261 = "stablehlo.reshape"(%260) : (tensor<2x32xf32>) -> tensor<2x1x32xf32>
    %262 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %263 = "stablehlo.reduce"(%256, %262) ({
    ^bb0(%264: tensor<f32>, %265: tensor<f32>):
        %266 = "stablehlo.add"(%264, %265) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%266) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x256xf32>
    %267 = "stablehlo.reshape"(%263) : (tensor<2x256xf32>) -> tensor<2x256x1xf32>
    %268 = "stablehlo.divide"(%267, %31) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %269 = "stablehlo.multiply"(%256, %256) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %270 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %271 = "stablehlo.reduce"(%269, %270) ({
    ^bb0(%272: tensor<f32>, %273: tensor<f32>):
        %274 = "stablehlo.add"(%272, %273) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%274) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x256xf32>
    %275 = "stablehlo.reshape"(%271) : (tensor<2x256xf32>) -> tensor<2x256x1xf32>
    %276 = "stablehlo.divide"(%275, %31) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %277 = "stablehlo.multiply"(%268, %268) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %278 = "stablehlo.subtract"(%276, %277) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %279 = "stablehlo.broadcast_in_dim"(%268) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x256x1xf32>) -> tensor<2x256x32xf32>
    %280 = "stablehlo.subtract"(%256, %279) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %281 = "stablehlo.add"(%278, %45) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %282 = "stablehlo.rsqrt"(%281) : (tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %283 = "stablehlo.broadcast_in_dim"(%282) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x256x1xf32>) -> tensor<2x256x32xf32>
    %284 = "stablehlo.multiply"(%280, %283) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %285 = "stablehlo.broadcast_in_dim"(%259) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x1x32xf32>) -> tensor<2x256x32xf32>
    %286 = "stablehlo.multiply"(%284, %285) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %287 = "stablehlo.broadcast_in_dim"(%261) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x1x32xf32>) -> tensor<2x256x32xf32>
    %288 = "stablehlo.add"(%286, %287) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %289 = "stablehlo.dot_general"(%288, %arg36) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x256x32xf32>, tensor<32x32xf32>) -> tensor<2x256x32xf32>
    %290 = "stablehlo.broadcast_in_dim"(%arg37) {broadcast_dimensions = array<i64: 2>} : (tensor<32xf32>) -> tensor<2x256x32xf32>
    %291 = "stablehlo.add"(%289, %290) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %292 = "stablehlo.reshape"(%291) : (tensor<2x256x32xf32>) -> tensor<2x4x8x8x32xf32>
    %293 = "stablehlo.iota"() {iota_dimension = 4 : i64} : () -> tensor<2x4x8x8x32xi32>
    %294 = "stablehlo.broadcast_in_dim"(%arg0) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<2x4x8x8xi32>) -> tensor<2x4x8x8x32xi32>
    %295 = "stablehlo.compare"(%294, %293) {comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<2x4x8x8x32xi32>, tensor<2x4x8x8x32xi32>) -> tensor<2x4x8x8x32xi1>
    %296 = "stablehlo.convert"(%295) : (tensor<2x4x8x8x32xi1>) -> tensor<2x4x8x8x32xf32>
    %297 = "stablehlo.multiply"(%292, %296) : (tensor<2x4x8x8x32xf32>, tensor<2x4x8x8x32xf32>) -> tensor<2x4x8x8x32xf32>
    %298 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %299 = "stablehlo.reduce"(%297, %298) ({
    ^bb0(%300: tensor<f32>, %301: tensor<f32>):
        %302 = "stablehlo.add"(%300, %301) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%302) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 4>} : (tensor<2x4x8x8x32xf32>, tensor<f32>) -> tensor<2x4x8x8xf32>
    %303 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %304 = "stablehlo.reduce"(%292, %303) ({
    ^bb0(%305: tensor<f32>, %306: tensor<f32>):
        %307 = "stablehlo.maximum"(%305, %306) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%307) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 4>} : (tensor<2x4x8x8x32xf32>, tensor<f32>) -> tensor<2x4x8x8xf32>
    %308 = "stablehlo.reshape"(%304) : (tensor<2x4x8x8xf32>) -> tensor<2x4x8x8x1xf32>
    %309 = "stablehlo.broadcast_in_dim"(%308) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<2x4x8x8x1xf32>) -> tensor<2x4x8x8x32xf32>
    %310 = "stablehlo.subtract"(%292, %309) : (tensor<2x4x8x8x32xf32>, tensor<2x4x8x8x32xf32>) -> tensor<2x4x8x8x32xf32>
    %311 = "stablehlo.exponential"(%310) : (tensor<2x4x8x8x32xf32>) -> tensor<2x4x8x8x32xf32>
    %312 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %313 = "stablehlo.reduce"(%311, %312) ({
    ^bb0(%314: tensor<f32>, %315: tensor<f32>):
        %316 = "stablehlo.add"(%314, %315) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%316) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 4>} : (tensor<2x4x8x8x32xf32>, tensor<f32>) -> tensor<2x4x8x8xf32>
    %317 = "stablehlo.log"(%313) : (tensor<2x4x8x8xf32>) -> tensor<2x4x8x8xf32>
    %318 = "stablehlo.reshape"(%308) : (tensor<2x4x8x8x1xf32>) -> tensor<2x4x8x8xf32>
    %319 = "stablehlo.add"(%317, %318) : (tensor<2x4x8x8xf32>, tensor<2x4x8x8xf32>) -> tensor<2x4x8x8xf32>
    %320 = "stablehlo.subtract"(%299, %319) : (tensor<2x4x8x8xf32>, tensor<2x4x8x8xf32>) -> tensor<2x4x8x8xf32>
    %321 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %322 = "stablehlo.reduce"(%320, %321) ({
    ^bb0(%323: tensor<f32>, %324: tensor<f32>):
        %325 = "stablehlo.add"(%323, %324) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%325) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2, 3>} : (tensor<2x4x8x8xf32>, tensor<f32>) -> tensor<f32>
    %326 = "stablehlo.constant"() {value = dense<512.0> : tensor<f32>} : () -> tensor<f32>
    %327 = "stablehlo.divide"(%322, %326) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %328 = "stablehlo.negate"(%327) : (tensor<f32>) -> tensor<f32>
    %329 = "stablehlo.constant"() {value = dense<0.6931472> : tensor<f32>} : () -> tensor<f32>
    %330 = "stablehlo.divide"(%328, %329) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %331 = "stablehlo.constant"() {value = dense<1.0> : tensor<f32>} : () -> tensor<f32>
    %332 = "stablehlo.negate"(%331) : (tensor<f32>) -> tensor<f32>
    %333 = "stablehlo.divide"(%332, %326) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %334 = "stablehlo.broadcast_in_dim"(%333) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x4x8x8xf32>
    %335 = "stablehlo.negate"(%334) : (tensor<2x4x8x8xf32>) -> tensor<2x4x8x8xf32>
    %336 = "stablehlo.divide"(%335, %313) : (tensor<2x4x8x8xf32>, tensor<2x4x8x8xf32>) -> tensor<2x4x8x8xf32>
    %337 = "stablehlo.broadcast_in_dim"(%336) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<2x4x8x8xf32>) -> tensor<2x4x8x8x32xf32>
    %338 = "stablehlo.multiply"(%337, %311) : (tensor<2x4x8x8x32xf32>, tensor<2x4x8x8x32xf32>) -> tensor<2x4x8x8x32xf32>
    %339 = "stablehlo.broadcast_in_dim"(%334) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<2x4x8x8xf32>) -> tensor<2x4x8x8x32xf32>
    %340 = "stablehlo.multiply"(%339, %296) : (tensor<2x4x8x8x32xf32>, tensor<2x4x8x8x32xf32>) -> tensor<2x4x8x8x32xf32>
    %341 = "stablehlo.add"(%338, %340) : (tensor<2x4x8x8x32xf32>, tensor<2x4x8x8x32xf32>) -> tensor<2x4x8x8x32xf32>
    %342 = "stablehlo.reshape"(%341) : (tensor<2x4x8x8x32xf32>) -> tensor<2x256x32xf32>
    %343 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %344 = "stablehlo.reduce"(%342, %343) ({
    ^bb0(%345: tensor<f32>, %346: tensor<f32>):
        %347 = "stablehlo.add"(%345, %346) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%347) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<32xf32>
    %348 = "stablehlo.dot_general"(%342, %arg36) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x256x32xf32>, tensor<32x32xf32>) -> tensor<2x256x32xf32>
    %349 = "stablehlo.dot_general"(%342, %288) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<32x32xf32>
    %350 = "stablehlo.transpose"(%349) {permutation = array<i64: 1, 0>} : (tensor<32x32xf32>) -> tensor<32x32xf32>
    %351 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %352 = "stablehlo.reduce"(%348, %351) ({
    ^bb0(%353: tensor<f32>, %354: tensor<f32>):
        %355 = "stablehlo.add"(%353, %354) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%355) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x32xf32>
    %356 = "stablehlo.reshape"(%352) : (tensor<2x32xf32>) -> tensor<2x1x32xf32>
    %357 = "stablehlo.multiply"(%348, %285) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %358 = "stablehlo.multiply"(%348, %284) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %359 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %360 = "stablehlo.reduce"(%358, %359) ({
    ^bb0(%361: tensor<f32>, %362: tensor<f32>):
        %363 = "stablehlo.add"(%361, %362) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%363) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x32xf32>
    %364 = "stablehlo.reshape"(%360) : (tensor<2x32xf32>) -> tensor<2x1x32xf32>
    %365 = "stablehlo.multiply"(%357, %283) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %366 = "stablehlo.multiply"(%357, %280) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %367 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %368 = "stablehlo.reduce"(%366, %367) ({
    ^bb0(%369: tensor<f32>, %370: tensor<f32>):
        %371 = "stablehlo.add"(%369, %370) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%371) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x256xf32>
    %372 = "stablehlo.reshape"(%368) : (tensor<2x256xf32>) -> tensor<2x256x1xf32>
    %373 = "stablehlo.multiply"(%372, %282) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %374 = "stablehlo.constant"() {value = dense<-0.5> : tensor<2x256x1xf32>} : () -> tensor<2x256x1xf32>
    %375 = "stablehlo.multiply"(%373, %374) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %376 = "stablehlo.divide"(%375, %281) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %377 = "stablehlo.negate"(%365) : (tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %378 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %379 = "stablehlo.reduce"(%377, %378) ({
    ^bb0(%380: tensor<f32>, %381: tensor<f32>):
        %382 = "stablehlo.add"(%380, %381) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%382) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x256xf32>
    %383 = "stablehlo.reshape"(%379) : (tensor<2x256xf32>) -> tensor<2x256x1xf32>
    %384 = "stablehlo.negate"(%376) : (tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %385 = "stablehlo.multiply"(%384, %268) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %386 = "stablehlo.add"(%383, %385) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %387 = "stablehlo.add"(%386, %385) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %388 = "stablehlo.divide"(%376, %31) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %389 = "stablehlo.reshape"(%388) : (tensor<2x256x1xf32>) -> tensor<2x256xf32>
    %390 = "stablehlo.broadcast_in_dim"(%389) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x256xf32>) -> tensor<2x256x32xf32>
    %391 = "stablehlo.multiply"(%390, %256) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %392 = "stablehlo.add"(%365, %391) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %393 = "stablehlo.add"(%392, %391) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %394 = "stablehlo.divide"(%387, %31) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %395 = "stablehlo.reshape"(%394) : (tensor<2x256x1xf32>) -> tensor<2x256xf32>
    %396 = "stablehlo.broadcast_in_dim"(%395) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x256xf32>) -> tensor<2x256x32xf32>
    %397 = "stablehlo.add"(%393, %396) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %398 = "stablehlo.reshape"(%356) : (tensor<2x1x32xf32>) -> tensor<2x32xf32>
    %399 = "stablehlo.dot_general"(%398, %3) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<2x32xf32>, tensor<2x4xf32>) -> tensor<32x4xf32>
    %400 = "stablehlo.transpose"(%399) {permutation = array<i64: 1, 0>} : (tensor<32x4xf32>) -> tensor<4x32xf32>
    %401 = "stablehlo.reshape"(%364) : (tensor<2x1x32xf32>) -> tensor<2x32xf32>
    %402 = "stablehlo.dot_general"(%401, %3) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<2x32xf32>, tensor<2x4xf32>) -> tensor<32x4xf32>
    %403 = "stablehlo.transpose"(%402) {permutation = array<i64: 1, 0>} : (tensor<32x4xf32>) -> tensor<4x32xf32>
    %404 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %405 = "stablehlo.reduce"(%397, %404) ({
    ^bb0(%406: tensor<f32>, %407: tensor<f32>):
        %408 = "stablehlo.add"(%406, %407) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%408) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<32xf32>
    %409 = "stablehlo.dot_general"(%397, %arg32) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x256x32xf32>, tensor<64x32xf32>) -> tensor<2x256x64xf32>
    %410 = "stablehlo.dot_general"(%397, %252) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x256x32xf32>, tensor<2x256x64xf32>) -> tensor<32x64xf32>
    %411 = "stablehlo.transpose"(%410) {permutation = array<i64: 1, 0>} : (tensor<32x64xf32>) -> tensor<64x32xf32>
    %412 = "stablehlo.multiply"(%409, %251) : (tensor<2x256x64xf32>, tensor<2x256x64xf32>) -> tensor<2x256x64xf32>
    %413 = "stablehlo.multiply"(%409, %249) : (tensor<2x256x64xf32>, tensor<2x256x64xf32>) -> tensor<2x256x64xf32>
    %414 = "stablehlo.multiply"(%413, %251) : (tensor<2x256x64xf32>, tensor<2x256x64xf32>) -> tensor<2x256x64xf32>
    %415 = "stablehlo.constant"() {value = dense<1.0> : tensor<2x256x64xf32>} : () -> tensor<2x256x64xf32>
    %416 = "stablehlo.subtract"(%415, %251) : (tensor<2x256x64xf32>, tensor<2x256x64xf32>) -> tensor<2x256x64xf32>
    %417 = "stablehlo.multiply"(%414, %416) : (tensor<2x256x64xf32>, tensor<2x256x64xf32>) -> tensor<2x256x64xf32>
    %418 = "stablehlo.multiply"(%417, %136) : (tensor<2x256x64xf32>, tensor<2x256x64xf32>) -> tensor<2x256x64xf32>
    %419 = "stablehlo.add"(%412, %418) : (tensor<2x256x64xf32>, tensor<2x256x64xf32>) -> tensor<2x256x64xf32>
    %420 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %421 = "stablehlo.reduce"(%419, %420) ({
    ^bb0(%422: tensor<f32>, %423: tensor<f32>):
        %424 = "stablehlo.add"(%422, %423) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%424) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x256x64xf32>, tensor<f32>) -> tensor<64xf32>
    %425 = "stablehlo.dot_general"(%419, %arg30) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x256x64xf32>, tensor<32x64xf32>) -> tensor<2x256x32xf32>
    %426 = "stablehlo.dot_general"(%419, %246) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x256x64xf32>, tensor<2x256x32xf32>) -> tensor<64x32xf32>
    %427 = "stablehlo.transpose"(%426) {permutation = array<i64: 1, 0>} : (tensor<64x32xf32>) -> tensor<32x64xf32>
    %428 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %429 = "stablehlo.reduce"(%425, %428) ({
    ^bb0(%430: tensor<f32>, %431: tensor<f32>):
        %432 = "stablehlo.add"(%430, %431) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%432) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x32xf32>
    %433 = "stablehlo.reshape"(%429) : (tensor<2x32xf32>) -> tensor<2x1x32xf32>
    %434 = "stablehlo.multiply"(%425, %243) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %435 = "stablehlo.multiply"(%425, %242) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %436 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %437 = "stablehlo.reduce"(%435, %436) ({
    ^bb0(%438: tensor<f32>, %439: tensor<f32>):
        %440 = "stablehlo.add"(%438, %439) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%440) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x32xf32>
    %441 = "stablehlo.reshape"(%437) : (tensor<2x32xf32>) -> tensor<2x1x32xf32>
    %442 = "stablehlo.multiply"(%434, %241) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %443 = "stablehlo.multiply"(%434, %238) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %444 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %445 = "stablehlo.reduce"(%443, %444) ({
    ^bb0(%446: tensor<f32>, %447: tensor<f32>):
        %448 = "stablehlo.add"(%446, %447) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%448) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x256xf32>
    %449 = "stablehlo.reshape"(%445) : (tensor<2x256xf32>) -> tensor<2x256x1xf32>
    %450 = "stablehlo.multiply"(%449, %240) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %451 = "stablehlo.multiply"(%450, %374) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %452 = "stablehlo.divide"(%451, %239) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %453 = "stablehlo.negate"(%442) : (tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %454 = "stablehlo.add"(%397, %442) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %455 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %456 = "stablehlo.reduce"(%453, %455) ({
    ^bb0(%457: tensor<f32>, %458: tensor<f32>):
        %459 = "stablehlo.add"(%457, %458) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%459) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x256xf32>
    %460 = "stablehlo.reshape"(%456) : (tensor<2x256xf32>) -> tensor<2x256x1xf32>
    %461 = "stablehlo.negate"(%452) : (tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %462 = "stablehlo.multiply"(%461, %226) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %463 = "stablehlo.add"(%460, %462) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %464 = "stablehlo.add"(%463, %462) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %465 = "stablehlo.divide"(%452, %31) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %466 = "stablehlo.reshape"(%465) : (tensor<2x256x1xf32>) -> tensor<2x256xf32>
    %467 = "stablehlo.broadcast_in_dim"(%466) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x256xf32>) -> tensor<2x256x32xf32>
    %468 = "stablehlo.multiply"(%467, %214) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %469 = "stablehlo.add"(%454, %468) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %470 = "stablehlo.add"(%469, %468) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %471 = "stablehlo.divide"(%464, %31) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %472 = "stablehlo.reshape"(%471) : (tensor<2x256x1xf32>) -> tensor<2x256xf32>
    %473 = "stablehlo.broadcast_in_dim"(%472) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x256xf32>) -> tensor<2x256x32xf32>
    %474 = "stablehlo.add"(%470, %473) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %475 = "stablehlo.reshape"(%433) : (tensor<2x1x32xf32>) -> tensor<2x32xf32>
    %476 = "stablehlo.dot_general"(%475, %3) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<2x32xf32>, tensor<2x4xf32>) -> tensor<32x4xf32>
    %477 = "stablehlo.transpose"(%476) {permutation = array<i64: 1, 0>} : (tensor<32x4xf32>) -> tensor<4x32xf32>
    %478 = "stablehlo.reshape"(%441) : (tensor<2x1x32xf32>) -> tensor<2x32xf32>
    %479 = "stablehlo.dot_general"(%478, %3) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<2x32xf32>, tensor<2x4xf32>) -> tensor<32x4xf32>
    %480 = "stablehlo.transpose"(%479) {permutation = array<i64: 1, 0>} : (tensor<32x4xf32>) -> tensor<4x32xf32>
    %481 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %482 = "stablehlo.reduce"(%474, %481) ({
    ^bb0(%483: tensor<f32>, %484: tensor<f32>):
        %485 = "stablehlo.add"(%483, %484) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%485) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<32xf32>
    %486 = "stablehlo.dot_general"(%474, %arg26) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x256x32xf32>, tensor<32x32xf32>) -> tensor<2x256x32xf32>
    %487 = "stablehlo.dot_general"(%474, %210) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<32x32xf32>
    %488 = "stablehlo.transpose"(%487) {permutation = array<i64: 1, 0>} : (tensor<32x32xf32>) -> tensor<32x32xf32>
    %489 = "stablehlo.reshape"(%486) : (tensor<2x256x32xf32>) -> tensor<2x256x2x16xf32>
    %490 = "stablehlo.transpose"(%489) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x256x2x16xf32>) -> tensor<2x2x256x16xf32>
    %491 = "stablehlo.slice"(%490) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 2, 2, 256, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x2x256x16xf32>) -> tensor<2x2x256x16xf32>
    %492 = "stablehlo.dot_general"(%491, %206) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<2x2x256x16xf32>, tensor<2x2x256x16xf32>) -> tensor<2x2x256x256xf32>
    %493 = "stablehlo.dot_general"(%491, %205) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<2x2x256x16xf32>, tensor<2x2x256x256xf32>) -> tensor<2x2x16x256xf32>
    %494 = "stablehlo.transpose"(%493) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<2x2x16x256xf32>) -> tensor<2x2x256x16xf32>
    %495 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %496 = "stablehlo.pad"(%494, %495) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x2x256x16xf32>, tensor<f32>) -> tensor<2x2x256x16xf32>
    %497 = "stablehlo.divide"(%492, %204) : (tensor<2x2x256x256xf32>, tensor<2x2x256x256xf32>) -> tensor<2x2x256x256xf32>
    %498 = "stablehlo.multiply"(%492, %205) : (tensor<2x2x256x256xf32>, tensor<2x2x256x256xf32>) -> tensor<2x2x256x256xf32>
    %499 = "stablehlo.divide"(%498, %204) : (tensor<2x2x256x256xf32>, tensor<2x2x256x256xf32>) -> tensor<2x2x256x256xf32>
    %500 = "stablehlo.negate"(%499) : (tensor<2x2x256x256xf32>) -> tensor<2x2x256x256xf32>
    %501 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %502 = "stablehlo.reduce"(%500, %501) ({
    ^bb0(%503: tensor<f32>, %504: tensor<f32>):
        %505 = "stablehlo.add"(%503, %504) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%505) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x2x256x256xf32>, tensor<f32>) -> tensor<2x2x256xf32>
    %506 = "stablehlo.reshape"(%502) : (tensor<2x2x256xf32>) -> tensor<2x2x256x1xf32>
    %507 = "stablehlo.reshape"(%506) : (tensor<2x2x256x1xf32>) -> tensor<2x2x256xf32>
    %508 = "stablehlo.broadcast_in_dim"(%507) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x2x256xf32>) -> tensor<2x2x256x256xf32>
    %509 = "stablehlo.add"(%497, %508) : (tensor<2x2x256x256xf32>, tensor<2x2x256x256xf32>) -> tensor<2x2x256x256xf32>
    %510 = "stablehlo.multiply"(%509, %197) : (tensor<2x2x256x256xf32>, tensor<2x2x256x256xf32>) -> tensor<2x2x256x256xf32>
    %511 = "stablehlo.constant"() {value = dense<0.0> : tensor<2x2x256x256xf32>} : () -> tensor<2x2x256x256xf32>
    %512 = "stablehlo.select"(%73, %510, %511) : (tensor<2x2x256x256xi1>, tensor<2x2x256x256xf32>, tensor<2x2x256x256xf32>) -> tensor<2x2x256x256xf32>
    %513 = "stablehlo.dot_general"(%512, %186) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>} : (tensor<2x2x256x256xf32>, tensor<2x2x256x16xf32>) -> tensor<2x2x256x16xf32>
    %514 = "stablehlo.dot_general"(%512, %185) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<2x2x256x256xf32>, tensor<2x2x256x16xf32>) -> tensor<2x2x256x16xf32>
    %515 = "stablehlo.pad"(%514, %495) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x2x256x16xf32>, tensor<f32>) -> tensor<2x2x256x16xf32>
    %516 = "stablehlo.pad"(%513, %495) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x2x256x16xf32>, tensor<f32>) -> tensor<2x2x256x16xf32>
    %517 = "stablehlo.divide"(%516, %62) : (tensor<2x2x256x16xf32>, tensor<2x2x256x16xf32>) -> tensor<2x2x256x16xf32>
    %518 = "stablehlo.pad"(%496, %495) {edge_padding_low = array<i64: 0, 0, 0, 32>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x2x256x16xf32>, tensor<f32>) -> tensor<2x2x256x48xf32>
    %519 = "stablehlo.pad"(%515, %495) {edge_padding_low = array<i64: 0, 0, 0, 16>, edge_padding_high = array<i64: 0, 0, 0, 16>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x2x256x16xf32>, tensor<f32>) -> tensor<2x2x256x48xf32>
    %520 = "stablehlo.add"(%518, %519) : (tensor<2x2x256x48xf32>, tensor<2x2x256x48xf32>) -> tensor<2x2x256x48xf32>
    %521 = "stablehlo.pad"(%517, %495) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 0, 32>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x2x256x16xf32>, tensor<f32>) -> tensor<2x2x256x48xf32>
    %522 = "stablehlo.add"(%520, %521) : (tensor<2x2x256x48xf32>, tensor<2x2x256x48xf32>) -> tensor<2x2x256x48xf32>
    %523 = "stablehlo.transpose"(%522) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x2x256x48xf32>) -> tensor<2x256x2x48xf32>
    %524 = "stablehlo.reshape"(%523) : (tensor<2x256x2x48xf32>) -> tensor<2x256x96xf32>
    %525 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %526 = "stablehlo.reduce"(%524, %525) ({
    ^bb0(%527: tensor<f32>, %528: tensor<f32>):
        %529 = "stablehlo.add"(%527, %528) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%529) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x256x96xf32>, tensor<f32>) -> tensor<96xf32>
    %530 = "stablehlo.dot_general"(%524, %arg24) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x256x96xf32>, tensor<32x96xf32>) -> tensor<2x256x32xf32>
    %531 = "stablehlo.dot_general"(%524, %175) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x256x96xf32>, tensor<2x256x32xf32>) -> tensor<96x32xf32>
    %532 = "stablehlo.transpose"(%531) {permutation = array<i64: 1, 0>} : (tensor<96x32xf32>) -> tensor<32x96xf32>
    %533 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %534 = "stablehlo.reduce"(%530, %533) ({
    ^bb0(%535: tensor<f32>, %536: tensor<f32>):
        %537 = "stablehlo.add"(%535, %536) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%537) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x32xf32>
    %538 = "stablehlo.reshape"(%534) : (tensor<2x32xf32>) -> tensor<2x1x32xf32>
    %539 = "stablehlo.multiply"(%530, %172) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %540 = "stablehlo.multiply"(%530, %171) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %541 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %542 = "stablehlo.reduce"(%540, %541) ({
    ^bb0(%543: tensor<f32>, %544: tensor<f32>):
        %545 = "stablehlo.add"(%543, %544) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%545) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x32xf32>
    %546 = "stablehlo.reshape"(%542) : (tensor<2x32xf32>) -> tensor<2x1x32xf32>
    %547 = "stablehlo.multiply"(%539, %170) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %548 = "stablehlo.multiply"(%539, %167) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %549 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %550 = "stablehlo.reduce"(%548, %549) ({
    ^bb0(%551: tensor<f32>, %552: tensor<f32>):
        %553 = "stablehlo.add"(%551, %552) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%553) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x256xf32>
    %554 = "stablehlo.reshape"(%550) : (tensor<2x256xf32>) -> tensor<2x256x1xf32>
    %555 = "stablehlo.multiply"(%554, %169) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %556 = "stablehlo.multiply"(%555, %374) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %557 = "stablehlo.divide"(%556, %168) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %558 = "stablehlo.negate"(%547) : (tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %559 = "stablehlo.add"(%474, %547) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %560 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %561 = "stablehlo.reduce"(%558, %560) ({
    ^bb0(%562: tensor<f32>, %563: tensor<f32>):
        %564 = "stablehlo.add"(%562, %563) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%564) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x256xf32>
    %565 = "stablehlo.reshape"(%561) : (tensor<2x256xf32>) -> tensor<2x256x1xf32>
    %566 = "stablehlo.negate"(%557) : (tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %567 = "stablehlo.multiply"(%566, %155) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %568 = "stablehlo.add"(%565, %567) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %569 = "stablehlo.add"(%568, %567) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %570 = "stablehlo.divide"(%557, %31) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %571 = "stablehlo.reshape"(%570) : (tensor<2x256x1xf32>) -> tensor<2x256xf32>
    %572 = "stablehlo.broadcast_in_dim"(%571) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x256xf32>) -> tensor<2x256x32xf32>
    %573 = "stablehlo.multiply"(%572, %143) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %574 = "stablehlo.add"(%559, %573) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %575 = "stablehlo.add"(%574, %573) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %576 = "stablehlo.divide"(%569, %31) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %577 = "stablehlo.reshape"(%576) : (tensor<2x256x1xf32>) -> tensor<2x256xf32>
    %578 = "stablehlo.broadcast_in_dim"(%577) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x256xf32>) -> tensor<2x256x32xf32>
    %579 = "stablehlo.add"(%575, %578) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %580 = "stablehlo.reshape"(%538) : (tensor<2x1x32xf32>) -> tensor<2x32xf32>
    %581 = "stablehlo.dot_general"(%580, %3) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<2x32xf32>, tensor<2x4xf32>) -> tensor<32x4xf32>
    %582 = "stablehlo.transpose"(%581) {permutation = array<i64: 1, 0>} : (tensor<32x4xf32>) -> tensor<4x32xf32>
    %583 = "stablehlo.reshape"(%546) : (tensor<2x1x32xf32>) -> tensor<2x32xf32>
    %584 = "stablehlo.dot_general"(%583, %3) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<2x32xf32>, tensor<2x4xf32>) -> tensor<32x4xf32>
    %585 = "stablehlo.transpose"(%584) {permutation = array<i64: 1, 0>} : (tensor<32x4xf32>) -> tensor<4x32xf32>
    %586 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %587 = "stablehlo.reduce"(%579, %586) ({
    ^bb0(%588: tensor<f32>, %589: tensor<f32>):
        %590 = "stablehlo.add"(%588, %589) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%590) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<32xf32>
    %591 = "stablehlo.dot_general"(%579, %arg20) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x256x32xf32>, tensor<64x32xf32>) -> tensor<2x256x64xf32>
    %592 = "stablehlo.dot_general"(%579, %139) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x256x32xf32>, tensor<2x256x64xf32>) -> tensor<32x64xf32>
    %593 = "stablehlo.transpose"(%592) {permutation = array<i64: 1, 0>} : (tensor<32x64xf32>) -> tensor<64x32xf32>
    %594 = "stablehlo.multiply"(%591, %138) : (tensor<2x256x64xf32>, tensor<2x256x64xf32>) -> tensor<2x256x64xf32>
    %595 = "stablehlo.multiply"(%591, %135) : (tensor<2x256x64xf32>, tensor<2x256x64xf32>) -> tensor<2x256x64xf32>
    %596 = "stablehlo.multiply"(%595, %138) : (tensor<2x256x64xf32>, tensor<2x256x64xf32>) -> tensor<2x256x64xf32>
    %597 = "stablehlo.subtract"(%415, %138) : (tensor<2x256x64xf32>, tensor<2x256x64xf32>) -> tensor<2x256x64xf32>
    %598 = "stablehlo.multiply"(%596, %597) : (tensor<2x256x64xf32>, tensor<2x256x64xf32>) -> tensor<2x256x64xf32>
    %599 = "stablehlo.multiply"(%598, %136) : (tensor<2x256x64xf32>, tensor<2x256x64xf32>) -> tensor<2x256x64xf32>
    %600 = "stablehlo.add"(%594, %599) : (tensor<2x256x64xf32>, tensor<2x256x64xf32>) -> tensor<2x256x64xf32>
    %601 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %602 = "stablehlo.reduce"(%600, %601) ({
    ^bb0(%603: tensor<f32>, %604: tensor<f32>):
        %605 = "stablehlo.add"(%603, %604) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%605) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x256x64xf32>, tensor<f32>) -> tensor<64xf32>
    %606 = "stablehlo.dot_general"(%600, %arg18) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x256x64xf32>, tensor<32x64xf32>) -> tensor<2x256x32xf32>
    %607 = "stablehlo.dot_general"(%600, %132) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x256x64xf32>, tensor<2x256x32xf32>) -> tensor<64x32xf32>
    %608 = "stablehlo.transpose"(%607) {permutation = array<i64: 1, 0>} : (tensor<64x32xf32>) -> tensor<32x64xf32>
    %609 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %610 = "stablehlo.reduce"(%606, %609) ({
    ^bb0(%611: tensor<f32>, %612: tensor<f32>):
        %613 = "stablehlo.add"(%611, %612) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%613) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x32xf32>
    %614 = "stablehlo.reshape"(%610) : (tensor<2x32xf32>) -> tensor<2x1x32xf32>
    %615 = "stablehlo.multiply"(%606, %129) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %616 = "stablehlo.multiply"(%606, %128) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %617 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %618 = "stablehlo.reduce"(%616, %617) ({
    ^bb0(%619: tensor<f32>, %620: tensor<f32>):
        %621 = "stablehlo.add"(%619, %620) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%621) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x32xf32>
    %622 = "stablehlo.reshape"(%618) : (tensor<2x32xf32>) -> tensor<2x1x32xf32>
    %623 = "stablehlo.multiply"(%615, %127) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %624 = "stablehlo.multiply"(%615, %124) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %625 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %626 = "stablehlo.reduce"(%624, %625) ({
    ^bb0(%627: tensor<f32>, %628: tensor<f32>):
        %629 = "stablehlo.add"(%627, %628) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%629) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x256xf32>
    %630 = "stablehlo.reshape"(%626) : (tensor<2x256xf32>) -> tensor<2x256x1xf32>
    %631 = "stablehlo.multiply"(%630, %126) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %632 = "stablehlo.multiply"(%631, %374) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %633 = "stablehlo.divide"(%632, %125) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %634 = "stablehlo.negate"(%623) : (tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %635 = "stablehlo.add"(%579, %623) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %636 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %637 = "stablehlo.reduce"(%634, %636) ({
    ^bb0(%638: tensor<f32>, %639: tensor<f32>):
        %640 = "stablehlo.add"(%638, %639) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%640) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x256xf32>
    %641 = "stablehlo.reshape"(%637) : (tensor<2x256xf32>) -> tensor<2x256x1xf32>
    %642 = "stablehlo.negate"(%633) : (tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %643 = "stablehlo.multiply"(%642, %112) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %644 = "stablehlo.add"(%641, %643) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %645 = "stablehlo.add"(%644, %643) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %646 = "stablehlo.divide"(%633, %31) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %647 = "stablehlo.reshape"(%646) : (tensor<2x256x1xf32>) -> tensor<2x256xf32>
    %648 = "stablehlo.broadcast_in_dim"(%647) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x256xf32>) -> tensor<2x256x32xf32>
    %649 = "stablehlo.multiply"(%648, %100) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %650 = "stablehlo.add"(%635, %649) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %651 = "stablehlo.add"(%650, %649) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %652 = "stablehlo.divide"(%645, %31) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %653 = "stablehlo.reshape"(%652) : (tensor<2x256x1xf32>) -> tensor<2x256xf32>
    %654 = "stablehlo.broadcast_in_dim"(%653) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x256xf32>) -> tensor<2x256x32xf32>
    %655 = "stablehlo.add"(%651, %654) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %656 = "stablehlo.reshape"(%614) : (tensor<2x1x32xf32>) -> tensor<2x32xf32>
    %657 = "stablehlo.dot_general"(%656, %3) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<2x32xf32>, tensor<2x4xf32>) -> tensor<32x4xf32>
    %658 = "stablehlo.transpose"(%657) {permutation = array<i64: 1, 0>} : (tensor<32x4xf32>) -> tensor<4x32xf32>
    %659 = "stablehlo.reshape"(%622) : (tensor<2x1x32xf32>) -> tensor<2x32xf32>
    %660 = "stablehlo.dot_general"(%659, %3) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<2x32xf32>, tensor<2x4xf32>) -> tensor<32x4xf32>
    %661 = "stablehlo.transpose"(%660) {permutation = array<i64: 1, 0>} : (tensor<32x4xf32>) -> tensor<4x32xf32>
    %662 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %663 = "stablehlo.reduce"(%655, %662) ({
    ^bb0(%664: tensor<f32>, %665: tensor<f32>):
        %666 = "stablehlo.add"(%664, %665) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%666) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<32xf32>
    %667 = "stablehlo.dot_general"(%655, %arg14) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x256x32xf32>, tensor<32x32xf32>) -> tensor<2x256x32xf32>
    %668 = "stablehlo.dot_general"(%655, %96) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<32x32xf32>
    %669 = "stablehlo.transpose"(%668) {permutation = array<i64: 1, 0>} : (tensor<32x32xf32>) -> tensor<32x32xf32>
    %670 = "stablehlo.reshape"(%667) : (tensor<2x256x32xf32>) -> tensor<2x256x2x16xf32>
    %671 = "stablehlo.transpose"(%670) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x256x2x16xf32>) -> tensor<2x2x256x16xf32>
    %672 = "stablehlo.slice"(%671) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 2, 2, 256, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x2x256x16xf32>) -> tensor<2x2x256x16xf32>
    %673 = "stablehlo.dot_general"(%672, %92) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<2x2x256x16xf32>, tensor<2x2x256x16xf32>) -> tensor<2x2x256x256xf32>
    %674 = "stablehlo.dot_general"(%672, %91) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<2x2x256x16xf32>, tensor<2x2x256x256xf32>) -> tensor<2x2x16x256xf32>
    %675 = "stablehlo.transpose"(%674) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<2x2x16x256xf32>) -> tensor<2x2x256x16xf32>
    %676 = "stablehlo.pad"(%675, %495) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x2x256x16xf32>, tensor<f32>) -> tensor<2x2x256x16xf32>
    %677 = "stablehlo.divide"(%673, %90) : (tensor<2x2x256x256xf32>, tensor<2x2x256x256xf32>) -> tensor<2x2x256x256xf32>
    %678 = "stablehlo.multiply"(%673, %91) : (tensor<2x2x256x256xf32>, tensor<2x2x256x256xf32>) -> tensor<2x2x256x256xf32>
    %679 = "stablehlo.divide"(%678, %90) : (tensor<2x2x256x256xf32>, tensor<2x2x256x256xf32>) -> tensor<2x2x256x256xf32>
    %680 = "stablehlo.negate"(%679) : (tensor<2x2x256x256xf32>) -> tensor<2x2x256x256xf32>
    %681 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %682 = "stablehlo.reduce"(%680, %681) ({
    ^bb0(%683: tensor<f32>, %684: tensor<f32>):
        %685 = "stablehlo.add"(%683, %684) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%685) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x2x256x256xf32>, tensor<f32>) -> tensor<2x2x256xf32>
    %686 = "stablehlo.reshape"(%682) : (tensor<2x2x256xf32>) -> tensor<2x2x256x1xf32>
    %687 = "stablehlo.reshape"(%686) : (tensor<2x2x256x1xf32>) -> tensor<2x2x256xf32>
    %688 = "stablehlo.broadcast_in_dim"(%687) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x2x256xf32>) -> tensor<2x2x256x256xf32>
    %689 = "stablehlo.add"(%677, %688) : (tensor<2x2x256x256xf32>, tensor<2x2x256x256xf32>) -> tensor<2x2x256x256xf32>
    %690 = "stablehlo.multiply"(%689, %83) : (tensor<2x2x256x256xf32>, tensor<2x2x256x256xf32>) -> tensor<2x2x256x256xf32>
    %691 = "stablehlo.select"(%73, %690, %511) : (tensor<2x2x256x256xi1>, tensor<2x2x256x256xf32>, tensor<2x2x256x256xf32>) -> tensor<2x2x256x256xf32>
    %692 = "stablehlo.dot_general"(%691, %65) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>} : (tensor<2x2x256x256xf32>, tensor<2x2x256x16xf32>) -> tensor<2x2x256x16xf32>
    %693 = "stablehlo.dot_general"(%691, %64) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<2x2x256x256xf32>, tensor<2x2x256x16xf32>) -> tensor<2x2x256x16xf32>
    %694 = "stablehlo.pad"(%693, %495) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x2x256x16xf32>, tensor<f32>) -> tensor<2x2x256x16xf32>
    %695 = "stablehlo.pad"(%692, %495) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x2x256x16xf32>, tensor<f32>) -> tensor<2x2x256x16xf32>
    %696 = "stablehlo.divide"(%695, %62) : (tensor<2x2x256x16xf32>, tensor<2x2x256x16xf32>) -> tensor<2x2x256x16xf32>
    %697 = "stablehlo.pad"(%676, %495) {edge_padding_low = array<i64: 0, 0, 0, 32>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x2x256x16xf32>, tensor<f32>) -> tensor<2x2x256x48xf32>
    %698 = "stablehlo.pad"(%694, %495) {edge_padding_low = array<i64: 0, 0, 0, 16>, edge_padding_high = array<i64: 0, 0, 0, 16>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x2x256x16xf32>, tensor<f32>) -> tensor<2x2x256x48xf32>
    %699 = "stablehlo.add"(%697, %698) : (tensor<2x2x256x48xf32>, tensor<2x2x256x48xf32>) -> tensor<2x2x256x48xf32>
    %700 = "stablehlo.pad"(%696, %495) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 0, 32>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x2x256x16xf32>, tensor<f32>) -> tensor<2x2x256x48xf32>
    %701 = "stablehlo.add"(%699, %700) : (tensor<2x2x256x48xf32>, tensor<2x2x256x48xf32>) -> tensor<2x2x256x48xf32>
    %702 = "stablehlo.transpose"(%701) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x2x256x48xf32>) -> tensor<2x256x2x48xf32>
    %703 = "stablehlo.reshape"(%702) : (tensor<2x256x2x48xf32>) -> tensor<2x256x96xf32>
    %704 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %705 = "stablehlo.reduce"(%703, %704) ({
    ^bb0(%706: tensor<f32>, %707: tensor<f32>):
        %708 = "stablehlo.add"(%706, %707) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%708) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x256x96xf32>, tensor<f32>) -> tensor<96xf32>
    %709 = "stablehlo.dot_general"(%703, %arg12) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x256x96xf32>, tensor<32x96xf32>) -> tensor<2x256x32xf32>
    %710 = "stablehlo.dot_general"(%703, %53) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x256x96xf32>, tensor<2x256x32xf32>) -> tensor<96x32xf32>
    %711 = "stablehlo.transpose"(%710) {permutation = array<i64: 1, 0>} : (tensor<96x32xf32>) -> tensor<32x96xf32>
    %712 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %713 = "stablehlo.reduce"(%709, %712) ({
    ^bb0(%714: tensor<f32>, %715: tensor<f32>):
        %716 = "stablehlo.add"(%714, %715) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%716) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x32xf32>
    %717 = "stablehlo.reshape"(%713) : (tensor<2x32xf32>) -> tensor<2x1x32xf32>
    %718 = "stablehlo.multiply"(%709, %50) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %719 = "stablehlo.multiply"(%709, %49) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %720 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %721 = "stablehlo.reduce"(%719, %720) ({
    ^bb0(%722: tensor<f32>, %723: tensor<f32>):
        %724 = "stablehlo.add"(%722, %723) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%724) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x32xf32>
    %725 = "stablehlo.reshape"(%721) : (tensor<2x32xf32>) -> tensor<2x1x32xf32>
    %726 = "stablehlo.multiply"(%718, %48) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %727 = "stablehlo.multiply"(%718, %44) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %728 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %729 = "stablehlo.reduce"(%727, %728) ({
    ^bb0(%730: tensor<f32>, %731: tensor<f32>):
        %732 = "stablehlo.add"(%730, %731) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%732) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x256xf32>
    %733 = "stablehlo.reshape"(%729) : (tensor<2x256xf32>) -> tensor<2x256x1xf32>
    %734 = "stablehlo.multiply"(%733, %47) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %735 = "stablehlo.multiply"(%734, %374) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %736 = "stablehlo.divide"(%735, %46) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %737 = "stablehlo.negate"(%726) : (tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %738 = "stablehlo.add"(%655, %726) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %739 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %740 = "stablehlo.reduce"(%737, %739) ({
    ^bb0(%741: tensor<f32>, %742: tensor<f32>):
        %743 = "stablehlo.add"(%741, %742) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%743) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x256xf32>
    %744 = "stablehlo.reshape"(%740) : (tensor<2x256xf32>) -> tensor<2x256x1xf32>
    %745 = "stablehlo.negate"(%736) : (tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %746 = "stablehlo.multiply"(%745, %32) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %747 = "stablehlo.add"(%744, %746) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %748 = "stablehlo.add"(%747, %746) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %749 = "stablehlo.divide"(%736, %31) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %750 = "stablehlo.reshape"(%749) : (tensor<2x256x1xf32>) -> tensor<2x256xf32>
    %751 = "stablehlo.broadcast_in_dim"(%750) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x256xf32>) -> tensor<2x256x32xf32>
    %752 = "stablehlo.multiply"(%751, %18) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %753 = "stablehlo.add"(%738, %752) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %754 = "stablehlo.add"(%753, %752) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %755 = "stablehlo.divide"(%748, %31) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %756 = "stablehlo.reshape"(%755) : (tensor<2x256x1xf32>) -> tensor<2x256xf32>
    %757 = "stablehlo.broadcast_in_dim"(%756) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x256xf32>) -> tensor<2x256x32xf32>
    %758 = "stablehlo.add"(%754, %757) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %759 = "stablehlo.reshape"(%717) : (tensor<2x1x32xf32>) -> tensor<2x32xf32>
    %760 = "stablehlo.dot_general"(%759, %3) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<2x32xf32>, tensor<2x4xf32>) -> tensor<32x4xf32>
    %761 = "stablehlo.transpose"(%760) {permutation = array<i64: 1, 0>} : (tensor<32x4xf32>) -> tensor<4x32xf32>
    %762 = "stablehlo.reshape"(%725) : (tensor<2x1x32xf32>) -> tensor<2x32xf32>
    %763 = "stablehlo.dot_general"(%762, %3) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<2x32xf32>, tensor<2x4xf32>) -> tensor<32x4xf32>
    %764 = "stablehlo.transpose"(%763) {permutation = array<i64: 1, 0>} : (tensor<32x4xf32>) -> tensor<4x32xf32>
    %765 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %766 = "stablehlo.reduce"(%758, %765) ({
    ^bb0(%767: tensor<f32>, %768: tensor<f32>):
        %769 = "stablehlo.add"(%767, %768) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%769) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<256x32xf32>
    %770 = "stablehlo.reshape"(%766) : (tensor<256x32xf32>) -> tensor<4x8x8x32xf32>
    %771 = "stablehlo.slice"(%770) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 4, 8, 8, 11>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x8x8x32xf32>) -> tensor<4x8x8x11xf32>
    %772 = "stablehlo.slice"(%770) {start_indices = array<i64: 0, 0, 0, 11>, limit_indices = array<i64: 4, 8, 8, 22>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x8x8x32xf32>) -> tensor<4x8x8x11xf32>
    %773 = "stablehlo.slice"(%770) {start_indices = array<i64: 0, 0, 0, 22>, limit_indices = array<i64: 4, 8, 8, 32>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x8x8x32xf32>) -> tensor<4x8x8x10xf32>
    %774 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %775 = "stablehlo.reduce"(%773, %774) ({
    ^bb0(%776: tensor<f32>, %777: tensor<f32>):
        %778 = "stablehlo.add"(%776, %777) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%778) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<4x8x8x10xf32>, tensor<f32>) -> tensor<8x10xf32>
    %779 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %780 = "stablehlo.reduce"(%772, %779) ({
    ^bb0(%781: tensor<f32>, %782: tensor<f32>):
        %783 = "stablehlo.add"(%781, %782) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%783) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 2>} : (tensor<4x8x8x11xf32>, tensor<f32>) -> tensor<8x11xf32>
    %784 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %785 = "stablehlo.reduce"(%771, %784) ({
    ^bb0(%786: tensor<f32>, %787: tensor<f32>):
        %788 = "stablehlo.add"(%786, %787) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%788) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 2>} : (tensor<4x8x8x11xf32>, tensor<f32>) -> tensor<4x11xf32>
    %789 = "stablehlo.slice"(%758) {start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 2, 1, 32>, strides = array<i64: 1, 1, 1>} : (tensor<2x256x32xf32>) -> tensor<2x1x32xf32>
    %790 = "stablehlo.slice"(%758) {start_indices = array<i64: 0, 1, 0>, limit_indices = array<i64: 2, 256, 32>, strides = array<i64: 1, 1, 1>} : (tensor<2x256x32xf32>) -> tensor<2x255x32xf32>
    %791 = "stablehlo.pad"(%790, %495) {edge_padding_low = array<i64: 0, 0, 0>, edge_padding_high = array<i64: 0, 1, 0>, interior_padding = array<i64: 0, 0, 0>} : (tensor<2x255x32xf32>, tensor<f32>) -> tensor<2x256x32xf32>
    %792 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %793 = "stablehlo.reduce"(%789, %792) ({
    ^bb0(%794: tensor<f32>, %795: tensor<f32>):
        %796 = "stablehlo.add"(%794, %795) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%796) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x1x32xf32>, tensor<f32>) -> tensor<32xf32>
    %797 = "stablehlo.constant"() {value = dense<0> : tensor<2x256xi32>} : () -> tensor<2x256xi32>
    %798 = "stablehlo.constant"() {value = dense<31> : tensor<2x256xi32>} : () -> tensor<2x256xi32>
    %799 = "stablehlo.clamp"(%797, %7, %798) : (tensor<2x256xi32>, tensor<2x256xi32>, tensor<2x256xi32>) -> tensor<2x256xi32>
    %800 = "stablehlo.constant"() {value = dense<0.0> : tensor<32x32xf32>} : () -> tensor<32x32xf32>
    %801 = "stablehlo.scatter"(%800, %799, %791) ({
    ^bb0(%802: tensor<f32>, %803: tensor<f32>):
        %804 = "stablehlo.add"(%802, %803) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%804) : (tensor<f32>) -> ()
    }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0], index_vector_dim = 2>, unique_indices = false} : (tensor<32x32xf32>, tensor<2x256xi32>, tensor<2x256x32xf32>) -> tensor<32x32xf32>
    %805 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %806 = "stablehlo.reduce"(%801, %805) ({
    ^bb0(%807: tensor<f32>, %808: tensor<f32>):
        %809 = "stablehlo.add"(%807, %808) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%809) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32x32xf32>, tensor<f32>) -> tensor<32xf32>
    %810 = "stablehlo.dot_general"(%801, %arg3) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<32x32xf32>, tensor<32x16xf32>) -> tensor<32x16xf32>
    %811 = "stablehlo.transpose"(%810) {permutation = array<i64: 1, 0>} : (tensor<32x16xf32>) -> tensor<16x32xf32>
    %812 = "stablehlo.multiply"(%811, %811) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %813 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %814 = "stablehlo.reduce"(%812, %813) ({
    ^bb0(%815: tensor<f32>, %816: tensor<f32>):
        %817 = "stablehlo.add"(%815, %816) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%817) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<16x32xf32>, tensor<f32>) -> tensor<f32>
    %818 = "stablehlo.multiply"(%806, %806) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %819 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %820 = "stablehlo.reduce"(%818, %819) ({
    ^bb0(%821: tensor<f32>, %822: tensor<f32>):
        %823 = "stablehlo.add"(%821, %822) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%823) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %824 = "stablehlo.add"(%814, %820) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %825 = "stablehlo.multiply"(%793, %793) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %826 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %827 = "stablehlo.reduce"(%825, %826) ({
    ^bb0(%828: tensor<f32>, %829: tensor<f32>):
        %830 = "stablehlo.add"(%828, %829) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%830) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %831 = "stablehlo.add"(%824, %827) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %832 = "stablehlo.multiply"(%785, %785) : (tensor<4x11xf32>, tensor<4x11xf32>) -> tensor<4x11xf32>
    %833 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %834 = "stablehlo.reduce"(%832, %833) ({
    ^bb0(%835: tensor<f32>, %836: tensor<f32>):
        %837 = "stablehlo.add"(%835, %836) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%837) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<4x11xf32>, tensor<f32>) -> tensor<f32>
    %838 = "stablehlo.add"(%831, %834) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %839 = "stablehlo.multiply"(%780, %780) : (tensor<8x11xf32>, tensor<8x11xf32>) -> tensor<8x11xf32>
    %840 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %841 = "stablehlo.reduce"(%839, %840) ({
    ^bb0(%842: tensor<f32>, %843: tensor<f32>):
        %844 = "stablehlo.add"(%842, %843) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%844) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<8x11xf32>, tensor<f32>) -> tensor<f32>
    %845 = "stablehlo.add"(%838, %841) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %846 = "stablehlo.multiply"(%775, %775) : (tensor<8x10xf32>, tensor<8x10xf32>) -> tensor<8x10xf32>
    %847 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %848 = "stablehlo.reduce"(%846, %847) ({
    ^bb0(%849: tensor<f32>, %850: tensor<f32>):
        %851 = "stablehlo.add"(%849, %850) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%851) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<8x10xf32>, tensor<f32>) -> tensor<f32>
    %852 = "stablehlo.add"(%845, %848) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %853 = "stablehlo.multiply"(%764, %764) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %854 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %855 = "stablehlo.reduce"(%853, %854) ({
    ^bb0(%856: tensor<f32>, %857: tensor<f32>):
        %858 = "stablehlo.add"(%856, %857) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%858) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<4x32xf32>, tensor<f32>) -> tensor<f32>
    %859 = "stablehlo.add"(%852, %855) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %860 = "stablehlo.multiply"(%761, %761) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %861 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %862 = "stablehlo.reduce"(%860, %861) ({
    ^bb0(%863: tensor<f32>, %864: tensor<f32>):
        %865 = "stablehlo.add"(%863, %864) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%865) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<4x32xf32>, tensor<f32>) -> tensor<f32>
    %866 = "stablehlo.add"(%859, %862) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %867 = "stablehlo.multiply"(%711, %711) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %868 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %869 = "stablehlo.reduce"(%867, %868) ({
    ^bb0(%870: tensor<f32>, %871: tensor<f32>):
        %872 = "stablehlo.add"(%870, %871) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%872) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x96xf32>, tensor<f32>) -> tensor<f32>
    %873 = "stablehlo.add"(%866, %869) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %874 = "stablehlo.multiply"(%705, %705) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %875 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %876 = "stablehlo.reduce"(%874, %875) ({
    ^bb0(%877: tensor<f32>, %878: tensor<f32>):
        %879 = "stablehlo.add"(%877, %878) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%879) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<96xf32>, tensor<f32>) -> tensor<f32>
    %880 = "stablehlo.add"(%873, %876) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %881 = "stablehlo.multiply"(%669, %669) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %882 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %883 = "stablehlo.reduce"(%881, %882) ({
    ^bb0(%884: tensor<f32>, %885: tensor<f32>):
        %886 = "stablehlo.add"(%884, %885) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%886) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x32xf32>, tensor<f32>) -> tensor<f32>
    %887 = "stablehlo.add"(%880, %883) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %888 = "stablehlo.multiply"(%663, %663) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %889 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %890 = "stablehlo.reduce"(%888, %889) ({
    ^bb0(%891: tensor<f32>, %892: tensor<f32>):
        %893 = "stablehlo.add"(%891, %892) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%893) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %894 = "stablehlo.add"(%887, %890) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %895 = "stablehlo.multiply"(%661, %661) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %896 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %897 = "stablehlo.reduce"(%895, %896) ({
    ^bb0(%898: tensor<f32>, %899: tensor<f32>):
        %900 = "stablehlo.add"(%898, %899) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%900) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<4x32xf32>, tensor<f32>) -> tensor<f32>
    %901 = "stablehlo.add"(%894, %897) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %902 = "stablehlo.multiply"(%658, %658) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %903 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %904 = "stablehlo.reduce"(%902, %903) ({
    ^bb0(%905: tensor<f32>, %906: tensor<f32>):
        %907 = "stablehlo.add"(%905, %906) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%907) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<4x32xf32>, tensor<f32>) -> tensor<f32>
    %908 = "stablehlo.add"(%901, %904) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %909 = "stablehlo.multiply"(%608, %608) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %910 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %911 = "stablehlo.reduce"(%909, %910) ({
    ^bb0(%912: tensor<f32>, %913: tensor<f32>):
        %914 = "stablehlo.add"(%912, %913) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%914) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x64xf32>, tensor<f32>) -> tensor<f32>
    %915 = "stablehlo.add"(%908, %911) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %916 = "stablehlo.multiply"(%602, %602) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %917 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %918 = "stablehlo.reduce"(%916, %917) ({
    ^bb0(%919: tensor<f32>, %920: tensor<f32>):
        %921 = "stablehlo.add"(%919, %920) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%921) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %922 = "stablehlo.add"(%915, %918) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %923 = "stablehlo.multiply"(%593, %593) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %924 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %925 = "stablehlo.reduce"(%923, %924) ({
    ^bb0(%926: tensor<f32>, %927: tensor<f32>):
        %928 = "stablehlo.add"(%926, %927) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%928) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<64x32xf32>, tensor<f32>) -> tensor<f32>
    %929 = "stablehlo.add"(%922, %925) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %930 = "stablehlo.multiply"(%587, %587) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %931 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %932 = "stablehlo.reduce"(%930, %931) ({
    ^bb0(%933: tensor<f32>, %934: tensor<f32>):
        %935 = "stablehlo.add"(%933, %934) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%935) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %936 = "stablehlo.add"(%929, %932) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %937 = "stablehlo.multiply"(%585, %585) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %938 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %939 = "stablehlo.reduce"(%937, %938) ({
    ^bb0(%940: tensor<f32>, %941: tensor<f32>):
        %942 = "stablehlo.add"(%940, %941) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%942) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<4x32xf32>, tensor<f32>) -> tensor<f32>
    %943 = "stablehlo.add"(%936, %939) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %944 = "stablehlo.multiply"(%582, %582) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %945 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %946 = "stablehlo.reduce"(%944, %945) ({
    ^bb0(%947: tensor<f32>, %948: tensor<f32>):
        %949 = "stablehlo.add"(%947, %948) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%949) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<4x32xf32>, tensor<f32>) -> tensor<f32>
    %950 = "stablehlo.add"(%943, %946) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %951 = "stablehlo.multiply"(%532, %532) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %952 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %953 = "stablehlo.reduce"(%951, %952) ({
    ^bb0(%954: tensor<f32>, %955: tensor<f32>):
        %956 = "stablehlo.add"(%954, %955) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%956) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x96xf32>, tensor<f32>) -> tensor<f32>
    %957 = "stablehlo.add"(%950, %953) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %958 = "stablehlo.multiply"(%526, %526) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %959 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %960 = "stablehlo.reduce"(%958, %959) ({
    ^bb0(%961: tensor<f32>, %962: tensor<f32>):
        %963 = "stablehlo.add"(%961, %962) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%963) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<96xf32>, tensor<f32>) -> tensor<f32>
    %964 = "stablehlo.add"(%957, %960) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %965 = "stablehlo.multiply"(%488, %488) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %966 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %967 = "stablehlo.reduce"(%965, %966) ({
    ^bb0(%968: tensor<f32>, %969: tensor<f32>):
        %970 = "stablehlo.add"(%968, %969) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%970) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x32xf32>, tensor<f32>) -> tensor<f32>
    %971 = "stablehlo.add"(%964, %967) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %972 = "stablehlo.multiply"(%482, %482) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %973 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %974 = "stablehlo.reduce"(%972, %973) ({
    ^bb0(%975: tensor<f32>, %976: tensor<f32>):
        %977 = "stablehlo.add"(%975, %976) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%977) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %978 = "stablehlo.add"(%971, %974) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %979 = "stablehlo.multiply"(%480, %480) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %980 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %981 = "stablehlo.reduce"(%979, %980) ({
    ^bb0(%982: tensor<f32>, %983: tensor<f32>):
        %984 = "stablehlo.add"(%982, %983) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%984) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<4x32xf32>, tensor<f32>) -> tensor<f32>
    %985 = "stablehlo.add"(%978, %981) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %986 = "stablehlo.multiply"(%477, %477) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %987 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %988 = "stablehlo.reduce"(%986, %987) ({
    ^bb0(%989: tensor<f32>, %990: tensor<f32>):
        %991 = "stablehlo.add"(%989, %990) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%991) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<4x32xf32>, tensor<f32>) -> tensor<f32>
    %992 = "stablehlo.add"(%985, %988) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %993 = "stablehlo.multiply"(%427, %427) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %994 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %995 = "stablehlo.reduce"(%993, %994) ({
    ^bb0(%996: tensor<f32>, %997: tensor<f32>):
        %998 = "stablehlo.add"(%996, %997) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%998) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x64xf32>, tensor<f32>) -> tensor<f32>
    %999 = "stablehlo.add"(%992, %995) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1000 = "stablehlo.multiply"(%421, %421) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1001 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1002 = "stablehlo.reduce"(%1000, %1001) ({
    ^bb0(%1003: tensor<f32>, %1004: tensor<f32>):
        %1005 = "stablehlo.add"(%1003, %1004) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1005) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1006 = "stablehlo.add"(%999, %1002) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1007 = "stablehlo.multiply"(%411, %411) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1008 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1009 = "stablehlo.reduce"(%1007, %1008) ({
    ^bb0(%1010: tensor<f32>, %1011: tensor<f32>):
        %1012 = "stablehlo.add"(%1010, %1011) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1012) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<64x32xf32>, tensor<f32>) -> tensor<f32>
    %1013 = "stablehlo.add"(%1006, %1009) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1014 = "stablehlo.multiply"(%405, %405) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1015 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1016 = "stablehlo.reduce"(%1014, %1015) ({
    ^bb0(%1017: tensor<f32>, %1018: tensor<f32>):
        %1019 = "stablehlo.add"(%1017, %1018) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1019) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %1020 = "stablehlo.add"(%1013, %1016) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1021 = "stablehlo.multiply"(%403, %403) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1022 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1023 = "stablehlo.reduce"(%1021, %1022) ({
    ^bb0(%1024: tensor<f32>, %1025: tensor<f32>):
        %1026 = "stablehlo.add"(%1024, %1025) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1026) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<4x32xf32>, tensor<f32>) -> tensor<f32>
    %1027 = "stablehlo.add"(%1020, %1023) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1028 = "stablehlo.multiply"(%400, %400) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1029 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1030 = "stablehlo.reduce"(%1028, %1029) ({
    ^bb0(%1031: tensor<f32>, %1032: tensor<f32>):
        %1033 = "stablehlo.add"(%1031, %1032) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1033) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<4x32xf32>, tensor<f32>) -> tensor<f32>
    %1034 = "stablehlo.add"(%1027, %1030) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1035 = "stablehlo.multiply"(%350, %350) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1036 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1037 = "stablehlo.reduce"(%1035, %1036) ({
    ^bb0(%1038: tensor<f32>, %1039: tensor<f32>):
        %1040 = "stablehlo.add"(%1038, %1039) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1040) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x32xf32>, tensor<f32>) -> tensor<f32>
    %1041 = "stablehlo.add"(%1034, %1037) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1042 = "stablehlo.multiply"(%344, %344) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1043 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1044 = "stablehlo.reduce"(%1042, %1043) ({
    ^bb0(%1045: tensor<f32>, %1046: tensor<f32>):
        %1047 = "stablehlo.add"(%1045, %1046) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1047) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %1048 = "stablehlo.add"(%1041, %1044) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1049 = "stablehlo.sqrt"(%1048) : (tensor<f32>) -> tensor<f32>
    %1050 = "stablehlo.convert"(%arg38) : (tensor<i32>) -> tensor<f32>
    %1051 = "stablehlo.constant"() {value = dense<20.0> : tensor<f32>} : () -> tensor<f32>
    %1052 = "stablehlo.minimum"(%1050, %1051) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1053 = "stablehlo.constant"() {value = dense<0x3851B717> : tensor<f32>} : () -> tensor<f32>
    %1054 = "stablehlo.multiply"(%1052, %1053) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1055 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
    %1056 = "stablehlo.add"(%arg38, %1055) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %1057 = "stablehlo.convert"(%1056) : (tensor<i32>) -> tensor<f32>
    %1058 = "stablehlo.constant"() {value = dense<0.9> : tensor<16x32xf32>} : () -> tensor<16x32xf32>
    %1059 = "stablehlo.multiply"(%arg39, %1058) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %1060 = "stablehlo.constant"() {value = dense<0.1> : tensor<16x32xf32>} : () -> tensor<16x32xf32>
    %1061 = "stablehlo.multiply"(%811, %1060) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %1062 = "stablehlo.add"(%1059, %1061) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %1063 = "stablehlo.constant"() {value = dense<0.999> : tensor<16x32xf32>} : () -> tensor<16x32xf32>
    %1064 = "stablehlo.multiply"(%arg73, %1063) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %1065 = "stablehlo.constant"() {value = dense<0.001> : tensor<16x32xf32>} : () -> tensor<16x32xf32>
    %1066 = "stablehlo.multiply"(%812, %1065) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %1067 = "stablehlo.add"(%1064, %1066) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %1068 = "stablehlo.constant"() {value = dense<0.9> : tensor<f32>} : () -> tensor<f32>
    %1069 = "stablehlo.power"(%1068, %1057) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1070 = "stablehlo.subtract"(%331, %1069) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1071 = "stablehlo.constant"() {value = dense<0.999> : tensor<f32>} : () -> tensor<f32>
    %1072 = "stablehlo.power"(%1071, %1057) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1073 = "stablehlo.subtract"(%331, %1072) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1074 = "stablehlo.broadcast_in_dim"(%1070) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<16x32xf32>
    %1075 = "stablehlo.divide"(%1062, %1074) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %1076 = "stablehlo.broadcast_in_dim"(%1073) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<16x32xf32>
    %1077 = "stablehlo.divide"(%1067, %1076) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %1078 = "stablehlo.sqrt"(%1077) : (tensor<16x32xf32>) -> tensor<16x32xf32>
    %1079 = "stablehlo.constant"() {value = dense<0x322BCC77> : tensor<16x32xf32>} : () -> tensor<16x32xf32>
    %1080 = "stablehlo.add"(%1078, %1079) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %1081 = "stablehlo.divide"(%1075, %1080) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %1082 = "stablehlo.constant"() {value = dense<0.0001> : tensor<16x32xf32>} : () -> tensor<16x32xf32>
    %1083 = "stablehlo.multiply"(%arg4, %1082) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %1084 = "stablehlo.add"(%1081, %1083) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %1085 = "stablehlo.broadcast_in_dim"(%1054) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<16x32xf32>
    %1086 = "stablehlo.multiply"(%1084, %1085) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %1087 = "stablehlo.subtract"(%arg4, %1086) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %1088 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %1089 = "stablehlo.compare"(%arg38, %1088) {comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %1090 = "stablehlo.constant"() {value = dense<0.99> : tensor<f32>} : () -> tensor<f32>
    %1091 = "stablehlo.select"(%1089, %495, %1090) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %1092 = "stablehlo.subtract"(%331, %1091) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1093 = "stablehlo.broadcast_in_dim"(%1091) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<16x32xf32>
    %1094 = "stablehlo.multiply"(%arg107, %1093) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %1095 = "stablehlo.broadcast_in_dim"(%1092) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<16x32xf32>
    %1096 = "stablehlo.multiply"(%1087, %1095) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %1097 = "stablehlo.add"(%1094, %1096) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %1098 = "stablehlo.constant"() {value = dense<0.9> : tensor<32xf32>} : () -> tensor<32xf32>
    %1099 = "stablehlo.multiply"(%arg40, %1098) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1100 = "stablehlo.constant"() {value = dense<0.1> : tensor<32xf32>} : () -> tensor<32xf32>
    %1101 = "stablehlo.multiply"(%806, %1100) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1102 = "stablehlo.add"(%1099, %1101) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1103 = "stablehlo.constant"() {value = dense<0.999> : tensor<32xf32>} : () -> tensor<32xf32>
    %1104 = "stablehlo.multiply"(%arg74, %1103) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1105 = "stablehlo.constant"() {value = dense<0.001> : tensor<32xf32>} : () -> tensor<32xf32>
    %1106 = "stablehlo.multiply"(%818, %1105) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1107 = "stablehlo.add"(%1104, %1106) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1108 = "stablehlo.broadcast_in_dim"(%1070) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32xf32>
    %1109 = "stablehlo.divide"(%1102, %1108) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1110 = "stablehlo.broadcast_in_dim"(%1073) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32xf32>
    %1111 = "stablehlo.divide"(%1107, %1110) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1112 = "stablehlo.sqrt"(%1111) : (tensor<32xf32>) -> tensor<32xf32>
    %1113 = "stablehlo.constant"() {value = dense<0x322BCC77> : tensor<32xf32>} : () -> tensor<32xf32>
    %1114 = "stablehlo.add"(%1112, %1113) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1115 = "stablehlo.divide"(%1109, %1114) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1116 = "stablehlo.constant"() {value = dense<0.0001> : tensor<32xf32>} : () -> tensor<32xf32>
    %1117 = "stablehlo.multiply"(%arg5, %1116) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1118 = "stablehlo.add"(%1115, %1117) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1119 = "stablehlo.broadcast_in_dim"(%1054) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32xf32>
    %1120 = "stablehlo.multiply"(%1118, %1119) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1121 = "stablehlo.subtract"(%arg5, %1120) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1122 = "stablehlo.broadcast_in_dim"(%1091) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32xf32>
    %1123 = "stablehlo.multiply"(%arg108, %1122) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1124 = "stablehlo.broadcast_in_dim"(%1092) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32xf32>
    %1125 = "stablehlo.multiply"(%1121, %1124) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1126 = "stablehlo.add"(%1123, %1125) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1127 = "stablehlo.multiply"(%arg41, %1098) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1128 = "stablehlo.multiply"(%793, %1100) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1129 = "stablehlo.add"(%1127, %1128) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1130 = "stablehlo.multiply"(%arg75, %1103) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1131 = "stablehlo.multiply"(%825, %1105) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1132 = "stablehlo.add"(%1130, %1131) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1133 = "stablehlo.divide"(%1129, %1108) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1134 = "stablehlo.divide"(%1132, %1110) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1135 = "stablehlo.sqrt"(%1134) : (tensor<32xf32>) -> tensor<32xf32>
    %1136 = "stablehlo.add"(%1135, %1113) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1137 = "stablehlo.divide"(%1133, %1136) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1138 = "stablehlo.multiply"(%arg6, %1116) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1139 = "stablehlo.add"(%1137, %1138) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1140 = "stablehlo.multiply"(%1139, %1119) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1141 = "stablehlo.subtract"(%arg6, %1140) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1142 = "stablehlo.multiply"(%arg109, %1122) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1143 = "stablehlo.multiply"(%1141, %1124) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1144 = "stablehlo.add"(%1142, %1143) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1145 = "stablehlo.constant"() {value = dense<0.9> : tensor<4x11xf32>} : () -> tensor<4x11xf32>
    %1146 = "stablehlo.multiply"(%arg42, %1145) : (tensor<4x11xf32>, tensor<4x11xf32>) -> tensor<4x11xf32>
    %1147 = "stablehlo.constant"() {value = dense<0.1> : tensor<4x11xf32>} : () -> tensor<4x11xf32>
    %1148 = "stablehlo.multiply"(%785, %1147) : (tensor<4x11xf32>, tensor<4x11xf32>) -> tensor<4x11xf32>
    %1149 = "stablehlo.add"(%1146, %1148) : (tensor<4x11xf32>, tensor<4x11xf32>) -> tensor<4x11xf32>
    %1150 = "stablehlo.constant"() {value = dense<0.999> : tensor<4x11xf32>} : () -> tensor<4x11xf32>
    %1151 = "stablehlo.multiply"(%arg76, %1150) : (tensor<4x11xf32>, tensor<4x11xf32>) -> tensor<4x11xf32>
    %1152 = "stablehlo.constant"() {value = dense<0.001> : tensor<4x11xf32>} : () -> tensor<4x11xf32>
    %1153 = "stablehlo.multiply"(%832, %1152) : (tensor<4x11xf32>, tensor<4x11xf32>) -> tensor<4x11xf32>
    %1154 = "stablehlo.add"(%1151, %1153) : (tensor<4x11xf32>, tensor<4x11xf32>) -> tensor<4x11xf32>
    %1155 = "stablehlo.broadcast_in_dim"(%1070) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x11xf32>
    %1156 = "stablehlo.divide"(%1149, %1155) : (tensor<4x11xf32>, tensor<4x11xf32>) -> tensor<4x11xf32>
    %1157 = "stablehlo.broadcast_in_dim"(%1073) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x11xf32>
    %1158 = "stablehlo.divide"(%1154, %1157) : (tensor<4x11xf32>, tensor<4x11xf32>) -> tensor<4x11xf32>
    %1159 = "stablehlo.sqrt"(%1158) : (tensor<4x11xf32>) -> tensor<4x11xf32>
    %1160 = "stablehlo.constant"() {value = dense<0x322BCC77> : tensor<4x11xf32>} : () -> tensor<4x11xf32>
    %1161 = "stablehlo.add"(%1159, %1160) : (tensor<4x11xf32>, tensor<4x11xf32>) -> tensor<4x11xf32>
    %1162 = "stablehlo.divide"(%1156, %1161) : (tensor<4x11xf32>, tensor<4x11xf32>) -> tensor<4x11xf32>
    %1163 = "stablehlo.constant"() {value = dense<0.0001> : tensor<4x11xf32>} : () -> tensor<4x11xf32>
    %1164 = "stablehlo.multiply"(%arg7, %1163) : (tensor<4x11xf32>, tensor<4x11xf32>) -> tensor<4x11xf32>
    %1165 = "stablehlo.add"(%1162, %1164) : (tensor<4x11xf32>, tensor<4x11xf32>) -> tensor<4x11xf32>
    %1166 = "stablehlo.broadcast_in_dim"(%1054) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x11xf32>
    %1167 = "stablehlo.multiply"(%1165, %1166) : (tensor<4x11xf32>, tensor<4x11xf32>) -> tensor<4x11xf32>
    %1168 = "stablehlo.subtract"(%arg7, %1167) : (tensor<4x11xf32>, tensor<4x11xf32>) -> tensor<4x11xf32>
    %1169 = "stablehlo.broadcast_in_dim"(%1091) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x11xf32>
    %1170 = "stablehlo.multiply"(%arg110, %1169) : (tensor<4x11xf32>, tensor<4x11xf32>) -> tensor<4x11xf32>
    %1171 = "stablehlo.broadcast_in_dim"(%1092) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x11xf32>
    %1172 = "stablehlo.multiply"(%1168, %1171) : (tensor<4x11xf32>, tensor<4x11xf32>) -> tensor<4x11xf32>
    %1173 = "stablehlo.add"(%1170, %1172) : (tensor<4x11xf32>, tensor<4x11xf32>) -> tensor<4x11xf32>
    %1174 = "stablehlo.constant"() {value = dense<0.9> : tensor<8x11xf32>} : () -> tensor<8x11xf32>
    %1175 = "stablehlo.multiply"(%arg43, %1174) : (tensor<8x11xf32>, tensor<8x11xf32>) -> tensor<8x11xf32>
    %1176 = "stablehlo.constant"() {value = dense<0.1> : tensor<8x11xf32>} : () -> tensor<8x11xf32>
    %1177 = "stablehlo.multiply"(%780, %1176) : (tensor<8x11xf32>, tensor<8x11xf32>) -> tensor<8x11xf32>
    %1178 = "stablehlo.add"(%1175, %1177) : (tensor<8x11xf32>, tensor<8x11xf32>) -> tensor<8x11xf32>
    %1179 = "stablehlo.constant"() {value = dense<0.999> : tensor<8x11xf32>} : () -> tensor<8x11xf32>
    %1180 = "stablehlo.multiply"(%arg77, %1179) : (tensor<8x11xf32>, tensor<8x11xf32>) -> tensor<8x11xf32>
    %1181 = "stablehlo.constant"() {value = dense<0.001> : tensor<8x11xf32>} : () -> tensor<8x11xf32>
    %1182 = "stablehlo.multiply"(%839, %1181) : (tensor<8x11xf32>, tensor<8x11xf32>) -> tensor<8x11xf32>
    %1183 = "stablehlo.add"(%1180, %1182) : (tensor<8x11xf32>, tensor<8x11xf32>) -> tensor<8x11xf32>
    %1184 = "stablehlo.broadcast_in_dim"(%1070) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<8x11xf32>
    %1185 = "stablehlo.divide"(%1178, %1184) : (tensor<8x11xf32>, tensor<8x11xf32>) -> tensor<8x11xf32>
    %1186 = "stablehlo.broadcast_in_dim"(%1073) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<8x11xf32>
    %1187 = "stablehlo.divide"(%1183, %1186) : (tensor<8x11xf32>, tensor<8x11xf32>) -> tensor<8x11xf32>
    %1188 = "stablehlo.sqrt"(%1187) : (tensor<8x11xf32>) -> tensor<8x11xf32>
    %1189 = "stablehlo.constant"() {value = dense<0x322BCC77> : tensor<8x11xf32>} : () -> tensor<8x11xf32>
    %1190 = "stablehlo.add"(%1188, %1189) : (tensor<8x11xf32>, tensor<8x11xf32>) -> tensor<8x11xf32>
    %1191 = "stablehlo.divide"(%1185, %1190) : (tensor<8x11xf32>, tensor<8x11xf32>) -> tensor<8x11xf32>
    %1192 = "stablehlo.constant"() {value = dense<0.0001> : tensor<8x11xf32>} : () -> tensor<8x11xf32>
    %1193 = "stablehlo.multiply"(%arg8, %1192) : (tensor<8x11xf32>, tensor<8x11xf32>) -> tensor<8x11xf32>
    %1194 = "stablehlo.add"(%1191, %1193) : (tensor<8x11xf32>, tensor<8x11xf32>) -> tensor<8x11xf32>
    %1195 = "stablehlo.broadcast_in_dim"(%1054) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<8x11xf32>
    %1196 = "stablehlo.multiply"(%1194, %1195) : (tensor<8x11xf32>, tensor<8x11xf32>) -> tensor<8x11xf32>
    %1197 = "stablehlo.subtract"(%arg8, %1196) : (tensor<8x11xf32>, tensor<8x11xf32>) -> tensor<8x11xf32>
    %1198 = "stablehlo.broadcast_in_dim"(%1091) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<8x11xf32>
    %1199 = "stablehlo.multiply"(%arg111, %1198) : (tensor<8x11xf32>, tensor<8x11xf32>) -> tensor<8x11xf32>
    %1200 = "stablehlo.broadcast_in_dim"(%1092) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<8x11xf32>
    %1201 = "stablehlo.multiply"(%1197, %1200) : (tensor<8x11xf32>, tensor<8x11xf32>) -> tensor<8x11xf32>
    %1202 = "stablehlo.add"(%1199, %1201) : (tensor<8x11xf32>, tensor<8x11xf32>) -> tensor<8x11xf32>
    %1203 = "stablehlo.constant"() {value = dense<0.9> : tensor<8x10xf32>} : () -> tensor<8x10xf32>
    %1204 = "stablehlo.multiply"(%arg44, %1203) : (tensor<8x10xf32>, tensor<8x10xf32>) -> tensor<8x10xf32>
    %1205 = "stablehlo.constant"() {value = dense<0.1> : tensor<8x10xf32>} : () -> tensor<8x10xf32>
    %1206 = "stablehlo.multiply"(%775, %1205) : (tensor<8x10xf32>, tensor<8x10xf32>) -> tensor<8x10xf32>
    %1207 = "stablehlo.add"(%1204, %1206) : (tensor<8x10xf32>, tensor<8x10xf32>) -> tensor<8x10xf32>
    %1208 = "stablehlo.constant"() {value = dense<0.999> : tensor<8x10xf32>} : () -> tensor<8x10xf32>
    %1209 = "stablehlo.multiply"(%arg78, %1208) : (tensor<8x10xf32>, tensor<8x10xf32>) -> tensor<8x10xf32>
    %1210 = "stablehlo.constant"() {value = dense<0.001> : tensor<8x10xf32>} : () -> tensor<8x10xf32>
    %1211 = "stablehlo.multiply"(%846, %1210) : (tensor<8x10xf32>, tensor<8x10xf32>) -> tensor<8x10xf32>
    %1212 = "stablehlo.add"(%1209, %1211) : (tensor<8x10xf32>, tensor<8x10xf32>) -> tensor<8x10xf32>
    %1213 = "stablehlo.broadcast_in_dim"(%1070) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<8x10xf32>
    %1214 = "stablehlo.divide"(%1207, %1213) : (tensor<8x10xf32>, tensor<8x10xf32>) -> tensor<8x10xf32>
    %1215 = "stablehlo.broadcast_in_dim"(%1073) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<8x10xf32>
    %1216 = "stablehlo.divide"(%1212, %1215) : (tensor<8x10xf32>, tensor<8x10xf32>) -> tensor<8x10xf32>
    %1217 = "stablehlo.sqrt"(%1216) : (tensor<8x10xf32>) -> tensor<8x10xf32>
    %1218 = "stablehlo.constant"() {value = dense<0x322BCC77> : tensor<8x10xf32>} : () -> tensor<8x10xf32>
    %1219 = "stablehlo.add"(%1217, %1218) : (tensor<8x10xf32>, tensor<8x10xf32>) -> tensor<8x10xf32>
    %1220 = "stablehlo.divide"(%1214, %1219) : (tensor<8x10xf32>, tensor<8x10xf32>) -> tensor<8x10xf32>
    %1221 = "stablehlo.constant"() {value = dense<0.0001> : tensor<8x10xf32>} : () -> tensor<8x10xf32>
    %1222 = "stablehlo.multiply"(%arg9, %1221) : (tensor<8x10xf32>, tensor<8x10xf32>) -> tensor<8x10xf32>
    %1223 = "stablehlo.add"(%1220, %1222) : (tensor<8x10xf32>, tensor<8x10xf32>) -> tensor<8x10xf32>
    %1224 = "stablehlo.broadcast_in_dim"(%1054) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<8x10xf32>
    %1225 = "stablehlo.multiply"(%1223, %1224) : (tensor<8x10xf32>, tensor<8x10xf32>) -> tensor<8x10xf32>
    %1226 = "stablehlo.subtract"(%arg9, %1225) : (tensor<8x10xf32>, tensor<8x10xf32>) -> tensor<8x10xf32>
    %1227 = "stablehlo.broadcast_in_dim"(%1091) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<8x10xf32>
    %1228 = "stablehlo.multiply"(%arg112, %1227) : (tensor<8x10xf32>, tensor<8x10xf32>) -> tensor<8x10xf32>
    %1229 = "stablehlo.broadcast_in_dim"(%1092) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<8x10xf32>
    %1230 = "stablehlo.multiply"(%1226, %1229) : (tensor<8x10xf32>, tensor<8x10xf32>) -> tensor<8x10xf32>
    %1231 = "stablehlo.add"(%1228, %1230) : (tensor<8x10xf32>, tensor<8x10xf32>) -> tensor<8x10xf32>
    %1232 = "stablehlo.constant"() {value = dense<0.9> : tensor<4x32xf32>} : () -> tensor<4x32xf32>
    %1233 = "stablehlo.multiply"(%arg45, %1232) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1234 = "stablehlo.constant"() {value = dense<0.1> : tensor<4x32xf32>} : () -> tensor<4x32xf32>
    %1235 = "stablehlo.multiply"(%764, %1234) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1236 = "stablehlo.add"(%1233, %1235) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1237 = "stablehlo.constant"() {value = dense<0.999> : tensor<4x32xf32>} : () -> tensor<4x32xf32>
    %1238 = "stablehlo.multiply"(%arg79, %1237) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1239 = "stablehlo.constant"() {value = dense<0.001> : tensor<4x32xf32>} : () -> tensor<4x32xf32>
    %1240 = "stablehlo.multiply"(%853, %1239) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1241 = "stablehlo.add"(%1238, %1240) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1242 = "stablehlo.broadcast_in_dim"(%1070) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x32xf32>
    %1243 = "stablehlo.divide"(%1236, %1242) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1244 = "stablehlo.broadcast_in_dim"(%1073) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x32xf32>
    %1245 = "stablehlo.divide"(%1241, %1244) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1246 = "stablehlo.sqrt"(%1245) : (tensor<4x32xf32>) -> tensor<4x32xf32>
    %1247 = "stablehlo.constant"() {value = dense<0x322BCC77> : tensor<4x32xf32>} : () -> tensor<4x32xf32>
    %1248 = "stablehlo.add"(%1246, %1247) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1249 = "stablehlo.divide"(%1243, %1248) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1250 = "stablehlo.constant"() {value = dense<0.0001> : tensor<4x32xf32>} : () -> tensor<4x32xf32>
    %1251 = "stablehlo.multiply"(%arg10, %1250) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1252 = "stablehlo.add"(%1249, %1251) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1253 = "stablehlo.broadcast_in_dim"(%1054) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x32xf32>
    %1254 = "stablehlo.multiply"(%1252, %1253) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1255 = "stablehlo.subtract"(%arg10, %1254) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1256 = "stablehlo.broadcast_in_dim"(%1091) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x32xf32>
    %1257 = "stablehlo.multiply"(%arg113, %1256) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1258 = "stablehlo.broadcast_in_dim"(%1092) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x32xf32>
    %1259 = "stablehlo.multiply"(%1255, %1258) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1260 = "stablehlo.add"(%1257, %1259) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1261 = "stablehlo.multiply"(%arg46, %1232) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1262 = "stablehlo.multiply"(%761, %1234) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1263 = "stablehlo.add"(%1261, %1262) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1264 = "stablehlo.multiply"(%arg80, %1237) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1265 = "stablehlo.multiply"(%860, %1239) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1266 = "stablehlo.add"(%1264, %1265) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1267 = "stablehlo.divide"(%1263, %1242) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1268 = "stablehlo.divide"(%1266, %1244) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1269 = "stablehlo.sqrt"(%1268) : (tensor<4x32xf32>) -> tensor<4x32xf32>
    %1270 = "stablehlo.add"(%1269, %1247) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1271 = "stablehlo.divide"(%1267, %1270) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1272 = "stablehlo.multiply"(%arg11, %1250) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1273 = "stablehlo.add"(%1271, %1272) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1274 = "stablehlo.multiply"(%1273, %1253) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1275 = "stablehlo.subtract"(%arg11, %1274) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1276 = "stablehlo.multiply"(%arg114, %1256) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1277 = "stablehlo.multiply"(%1275, %1258) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1278 = "stablehlo.add"(%1276, %1277) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1279 = "stablehlo.constant"() {value = dense<0.9> : tensor<32x96xf32>} : () -> tensor<32x96xf32>
    %1280 = "stablehlo.multiply"(%arg47, %1279) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1281 = "stablehlo.constant"() {value = dense<0.1> : tensor<32x96xf32>} : () -> tensor<32x96xf32>
    %1282 = "stablehlo.multiply"(%711, %1281) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1283 = "stablehlo.add"(%1280, %1282) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1284 = "stablehlo.constant"() {value = dense<0.999> : tensor<32x96xf32>} : () -> tensor<32x96xf32>
    %1285 = "stablehlo.multiply"(%arg81, %1284) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1286 = "stablehlo.constant"() {value = dense<0.001> : tensor<32x96xf32>} : () -> tensor<32x96xf32>
    %1287 = "stablehlo.multiply"(%867, %1286) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1288 = "stablehlo.add"(%1285, %1287) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1289 = "stablehlo.broadcast_in_dim"(%1070) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x96xf32>
    %1290 = "stablehlo.divide"(%1283, %1289) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1291 = "stablehlo.broadcast_in_dim"(%1073) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x96xf32>
    %1292 = "stablehlo.divide"(%1288, %1291) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1293 = "stablehlo.sqrt"(%1292) : (tensor<32x96xf32>) -> tensor<32x96xf32>
    %1294 = "stablehlo.constant"() {value = dense<0x322BCC77> : tensor<32x96xf32>} : () -> tensor<32x96xf32>
    %1295 = "stablehlo.add"(%1293, %1294) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1296 = "stablehlo.divide"(%1290, %1295) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1297 = "stablehlo.constant"() {value = dense<0.0001> : tensor<32x96xf32>} : () -> tensor<32x96xf32>
    %1298 = "stablehlo.multiply"(%arg12, %1297) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1299 = "stablehlo.add"(%1296, %1298) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1300 = "stablehlo.broadcast_in_dim"(%1054) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x96xf32>
    %1301 = "stablehlo.multiply"(%1299, %1300) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1302 = "stablehlo.subtract"(%arg12, %1301) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1303 = "stablehlo.broadcast_in_dim"(%1091) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x96xf32>
    %1304 = "stablehlo.multiply"(%arg115, %1303) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1305 = "stablehlo.broadcast_in_dim"(%1092) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x96xf32>
    %1306 = "stablehlo.multiply"(%1302, %1305) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1307 = "stablehlo.add"(%1304, %1306) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1308 = "stablehlo.constant"() {value = dense<0.9> : tensor<96xf32>} : () -> tensor<96xf32>
    %1309 = "stablehlo.multiply"(%arg48, %1308) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1310 = "stablehlo.constant"() {value = dense<0.1> : tensor<96xf32>} : () -> tensor<96xf32>
    %1311 = "stablehlo.multiply"(%705, %1310) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1312 = "stablehlo.add"(%1309, %1311) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1313 = "stablehlo.constant"() {value = dense<0.999> : tensor<96xf32>} : () -> tensor<96xf32>
    %1314 = "stablehlo.multiply"(%arg82, %1313) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1315 = "stablehlo.constant"() {value = dense<0.001> : tensor<96xf32>} : () -> tensor<96xf32>
    %1316 = "stablehlo.multiply"(%874, %1315) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1317 = "stablehlo.add"(%1314, %1316) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1318 = "stablehlo.broadcast_in_dim"(%1070) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<96xf32>
    %1319 = "stablehlo.divide"(%1312, %1318) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1320 = "stablehlo.broadcast_in_dim"(%1073) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<96xf32>
    %1321 = "stablehlo.divide"(%1317, %1320) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1322 = "stablehlo.sqrt"(%1321) : (tensor<96xf32>) -> tensor<96xf32>
    %1323 = "stablehlo.constant"() {value = dense<0x322BCC77> : tensor<96xf32>} : () -> tensor<96xf32>
    %1324 = "stablehlo.add"(%1322, %1323) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1325 = "stablehlo.divide"(%1319, %1324) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1326 = "stablehlo.constant"() {value = dense<0.0001> : tensor<96xf32>} : () -> tensor<96xf32>
    %1327 = "stablehlo.multiply"(%arg13, %1326) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1328 = "stablehlo.add"(%1325, %1327) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1329 = "stablehlo.broadcast_in_dim"(%1054) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<96xf32>
    %1330 = "stablehlo.multiply"(%1328, %1329) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1331 = "stablehlo.subtract"(%arg13, %1330) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1332 = "stablehlo.broadcast_in_dim"(%1091) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<96xf32>
    %1333 = "stablehlo.multiply"(%arg116, %1332) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1334 = "stablehlo.broadcast_in_dim"(%1092) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<96xf32>
    %1335 = "stablehlo.multiply"(%1331, %1334) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1336 = "stablehlo.add"(%1333, %1335) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1337 = "stablehlo.constant"() {value = dense<0.9> : tensor<32x32xf32>} : () -> tensor<32x32xf32>
    %1338 = "stablehlo.multiply"(%arg49, %1337) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1339 = "stablehlo.constant"() {value = dense<0.1> : tensor<32x32xf32>} : () -> tensor<32x32xf32>
    %1340 = "stablehlo.multiply"(%669, %1339) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1341 = "stablehlo.add"(%1338, %1340) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1342 = "stablehlo.constant"() {value = dense<0.999> : tensor<32x32xf32>} : () -> tensor<32x32xf32>
    %1343 = "stablehlo.multiply"(%arg83, %1342) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1344 = "stablehlo.constant"() {value = dense<0.001> : tensor<32x32xf32>} : () -> tensor<32x32xf32>
    %1345 = "stablehlo.multiply"(%881, %1344) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1346 = "stablehlo.add"(%1343, %1345) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1347 = "stablehlo.broadcast_in_dim"(%1070) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x32xf32>
    %1348 = "stablehlo.divide"(%1341, %1347) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1349 = "stablehlo.broadcast_in_dim"(%1073) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x32xf32>
    %1350 = "stablehlo.divide"(%1346, %1349) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1351 = "stablehlo.sqrt"(%1350) : (tensor<32x32xf32>) -> tensor<32x32xf32>
    %1352 = "stablehlo.constant"() {value = dense<0x322BCC77> : tensor<32x32xf32>} : () -> tensor<32x32xf32>
    %1353 = "stablehlo.add"(%1351, %1352) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1354 = "stablehlo.divide"(%1348, %1353) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1355 = "stablehlo.constant"() {value = dense<0.0001> : tensor<32x32xf32>} : () -> tensor<32x32xf32>
    %1356 = "stablehlo.multiply"(%arg14, %1355) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1357 = "stablehlo.add"(%1354, %1356) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1358 = "stablehlo.broadcast_in_dim"(%1054) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x32xf32>
    %1359 = "stablehlo.multiply"(%1357, %1358) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1360 = "stablehlo.subtract"(%arg14, %1359) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1361 = "stablehlo.broadcast_in_dim"(%1091) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x32xf32>
    %1362 = "stablehlo.multiply"(%arg117, %1361) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1363 = "stablehlo.broadcast_in_dim"(%1092) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x32xf32>
    %1364 = "stablehlo.multiply"(%1360, %1363) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1365 = "stablehlo.add"(%1362, %1364) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1366 = "stablehlo.multiply"(%arg50, %1098) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1367 = "stablehlo.multiply"(%663, %1100) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1368 = "stablehlo.add"(%1366, %1367) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1369 = "stablehlo.multiply"(%arg84, %1103) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1370 = "stablehlo.multiply"(%888, %1105) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1371 = "stablehlo.add"(%1369, %1370) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1372 = "stablehlo.divide"(%1368, %1108) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1373 = "stablehlo.divide"(%1371, %1110) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1374 = "stablehlo.sqrt"(%1373) : (tensor<32xf32>) -> tensor<32xf32>
    %1375 = "stablehlo.add"(%1374, %1113) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1376 = "stablehlo.divide"(%1372, %1375) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1377 = "stablehlo.multiply"(%arg15, %1116) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1378 = "stablehlo.add"(%1376, %1377) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1379 = "stablehlo.multiply"(%1378, %1119) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1380 = "stablehlo.subtract"(%arg15, %1379) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1381 = "stablehlo.multiply"(%arg118, %1122) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1382 = "stablehlo.multiply"(%1380, %1124) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1383 = "stablehlo.add"(%1381, %1382) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1384 = "stablehlo.multiply"(%arg51, %1232) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1385 = "stablehlo.multiply"(%661, %1234) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1386 = "stablehlo.add"(%1384, %1385) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1387 = "stablehlo.multiply"(%arg85, %1237) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1388 = "stablehlo.multiply"(%895, %1239) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1389 = "stablehlo.add"(%1387, %1388) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1390 = "stablehlo.divide"(%1386, %1242) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1391 = "stablehlo.divide"(%1389, %1244) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1392 = "stablehlo.sqrt"(%1391) : (tensor<4x32xf32>) -> tensor<4x32xf32>
    %1393 = "stablehlo.add"(%1392, %1247) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1394 = "stablehlo.divide"(%1390, %1393) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1395 = "stablehlo.multiply"(%arg16, %1250) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1396 = "stablehlo.add"(%1394, %1395) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1397 = "stablehlo.multiply"(%1396, %1253) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1398 = "stablehlo.subtract"(%arg16, %1397) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1399 = "stablehlo.multiply"(%arg119, %1256) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1400 = "stablehlo.multiply"(%1398, %1258) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1401 = "stablehlo.add"(%1399, %1400) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1402 = "stablehlo.multiply"(%arg52, %1232) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1403 = "stablehlo.multiply"(%658, %1234) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1404 = "stablehlo.add"(%1402, %1403) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1405 = "stablehlo.multiply"(%arg86, %1237) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1406 = "stablehlo.multiply"(%902, %1239) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1407 = "stablehlo.add"(%1405, %1406) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1408 = "stablehlo.divide"(%1404, %1242) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1409 = "stablehlo.divide"(%1407, %1244) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1410 = "stablehlo.sqrt"(%1409) : (tensor<4x32xf32>) -> tensor<4x32xf32>
    %1411 = "stablehlo.add"(%1410, %1247) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1412 = "stablehlo.divide"(%1408, %1411) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1413 = "stablehlo.multiply"(%arg17, %1250) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1414 = "stablehlo.add"(%1412, %1413) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1415 = "stablehlo.multiply"(%1414, %1253) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1416 = "stablehlo.subtract"(%arg17, %1415) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1417 = "stablehlo.multiply"(%arg120, %1256) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1418 = "stablehlo.multiply"(%1416, %1258) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1419 = "stablehlo.add"(%1417, %1418) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1420 = "stablehlo.constant"() {value = dense<0.9> : tensor<32x64xf32>} : () -> tensor<32x64xf32>
    %1421 = "stablehlo.multiply"(%arg53, %1420) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1422 = "stablehlo.constant"() {value = dense<0.1> : tensor<32x64xf32>} : () -> tensor<32x64xf32>
    %1423 = "stablehlo.multiply"(%608, %1422) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1424 = "stablehlo.add"(%1421, %1423) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1425 = "stablehlo.constant"() {value = dense<0.999> : tensor<32x64xf32>} : () -> tensor<32x64xf32>
    %1426 = "stablehlo.multiply"(%arg87, %1425) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1427 = "stablehlo.constant"() {value = dense<0.001> : tensor<32x64xf32>} : () -> tensor<32x64xf32>
    %1428 = "stablehlo.multiply"(%909, %1427) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1429 = "stablehlo.add"(%1426, %1428) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1430 = "stablehlo.broadcast_in_dim"(%1070) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x64xf32>
    %1431 = "stablehlo.divide"(%1424, %1430) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1432 = "stablehlo.broadcast_in_dim"(%1073) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x64xf32>
    %1433 = "stablehlo.divide"(%1429, %1432) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1434 = "stablehlo.sqrt"(%1433) : (tensor<32x64xf32>) -> tensor<32x64xf32>
    %1435 = "stablehlo.constant"() {value = dense<0x322BCC77> : tensor<32x64xf32>} : () -> tensor<32x64xf32>
    %1436 = "stablehlo.add"(%1434, %1435) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1437 = "stablehlo.divide"(%1431, %1436) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1438 = "stablehlo.constant"() {value = dense<0.0001> : tensor<32x64xf32>} : () -> tensor<32x64xf32>
    %1439 = "stablehlo.multiply"(%arg18, %1438) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1440 = "stablehlo.add"(%1437, %1439) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1441 = "stablehlo.broadcast_in_dim"(%1054) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x64xf32>
    %1442 = "stablehlo.multiply"(%1440, %1441) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1443 = "stablehlo.subtract"(%arg18, %1442) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1444 = "stablehlo.broadcast_in_dim"(%1091) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x64xf32>
    %1445 = "stablehlo.multiply"(%arg121, %1444) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1446 = "stablehlo.broadcast_in_dim"(%1092) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x64xf32>
    %1447 = "stablehlo.multiply"(%1443, %1446) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1448 = "stablehlo.add"(%1445, %1447) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1449 = "stablehlo.constant"() {value = dense<0.9> : tensor<64xf32>} : () -> tensor<64xf32>
    %1450 = "stablehlo.multiply"(%arg54, %1449) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1451 = "stablehlo.constant"() {value = dense<0.1> : tensor<64xf32>} : () -> tensor<64xf32>
    %1452 = "stablehlo.multiply"(%602, %1451) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1453 = "stablehlo.add"(%1450, %1452) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1454 = "stablehlo.constant"() {value = dense<0.999> : tensor<64xf32>} : () -> tensor<64xf32>
    %1455 = "stablehlo.multiply"(%arg88, %1454) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1456 = "stablehlo.constant"() {value = dense<0.001> : tensor<64xf32>} : () -> tensor<64xf32>
    %1457 = "stablehlo.multiply"(%916, %1456) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1458 = "stablehlo.add"(%1455, %1457) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1459 = "stablehlo.broadcast_in_dim"(%1070) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1460 = "stablehlo.divide"(%1453, %1459) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1461 = "stablehlo.broadcast_in_dim"(%1073) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1462 = "stablehlo.divide"(%1458, %1461) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1463 = "stablehlo.sqrt"(%1462) : (tensor<64xf32>) -> tensor<64xf32>
    %1464 = "stablehlo.constant"() {value = dense<0x322BCC77> : tensor<64xf32>} : () -> tensor<64xf32>
    %1465 = "stablehlo.add"(%1463, %1464) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1466 = "stablehlo.divide"(%1460, %1465) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1467 = "stablehlo.constant"() {value = dense<0.0001> : tensor<64xf32>} : () -> tensor<64xf32>
    %1468 = "stablehlo.multiply"(%arg19, %1467) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1469 = "stablehlo.add"(%1466, %1468) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1470 = "stablehlo.broadcast_in_dim"(%1054) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1471 = "stablehlo.multiply"(%1469, %1470) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1472 = "stablehlo.subtract"(%arg19, %1471) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1473 = "stablehlo.broadcast_in_dim"(%1091) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1474 = "stablehlo.multiply"(%arg122, %1473) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1475 = "stablehlo.broadcast_in_dim"(%1092) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1476 = "stablehlo.multiply"(%1472, %1475) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1477 = "stablehlo.add"(%1474, %1476) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1478 = "stablehlo.constant"() {value = dense<0.9> : tensor<64x32xf32>} : () -> tensor<64x32xf32>
    %1479 = "stablehlo.multiply"(%arg55, %1478) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1480 = "stablehlo.constant"() {value = dense<0.1> : tensor<64x32xf32>} : () -> tensor<64x32xf32>
    %1481 = "stablehlo.multiply"(%593, %1480) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1482 = "stablehlo.add"(%1479, %1481) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1483 = "stablehlo.constant"() {value = dense<0.999> : tensor<64x32xf32>} : () -> tensor<64x32xf32>
    %1484 = "stablehlo.multiply"(%arg89, %1483) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1485 = "stablehlo.constant"() {value = dense<0.001> : tensor<64x32xf32>} : () -> tensor<64x32xf32>
    %1486 = "stablehlo.multiply"(%923, %1485) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1487 = "stablehlo.add"(%1484, %1486) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1488 = "stablehlo.broadcast_in_dim"(%1070) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x32xf32>
    %1489 = "stablehlo.divide"(%1482, %1488) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1490 = "stablehlo.broadcast_in_dim"(%1073) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x32xf32>
    %1491 = "stablehlo.divide"(%1487, %1490) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1492 = "stablehlo.sqrt"(%1491) : (tensor<64x32xf32>) -> tensor<64x32xf32>
    %1493 = "stablehlo.constant"() {value = dense<0x322BCC77> : tensor<64x32xf32>} : () -> tensor<64x32xf32>
    %1494 = "stablehlo.add"(%1492, %1493) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1495 = "stablehlo.divide"(%1489, %1494) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1496 = "stablehlo.constant"() {value = dense<0.0001> : tensor<64x32xf32>} : () -> tensor<64x32xf32>
    %1497 = "stablehlo.multiply"(%arg20, %1496) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1498 = "stablehlo.add"(%1495, %1497) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1499 = "stablehlo.broadcast_in_dim"(%1054) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x32xf32>
    %1500 = "stablehlo.multiply"(%1498, %1499) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1501 = "stablehlo.subtract"(%arg20, %1500) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1502 = "stablehlo.broadcast_in_dim"(%1091) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x32xf32>
    %1503 = "stablehlo.multiply"(%arg123, %1502) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1504 = "stablehlo.broadcast_in_dim"(%1092) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x32xf32>
    %1505 = "stablehlo.multiply"(%1501, %1504) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1506 = "stablehlo.add"(%1503, %1505) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1507 = "stablehlo.multiply"(%arg56, %1098) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1508 = "stablehlo.multiply"(%587, %1100) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1509 = "stablehlo.add"(%1507, %1508) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1510 = "stablehlo.multiply"(%arg90, %1103) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1511 = "stablehlo.multiply"(%930, %1105) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1512 = "stablehlo.add"(%1510, %1511) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1513 = "stablehlo.divide"(%1509, %1108) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1514 = "stablehlo.divide"(%1512, %1110) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1515 = "stablehlo.sqrt"(%1514) : (tensor<32xf32>) -> tensor<32xf32>
    %1516 = "stablehlo.add"(%1515, %1113) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1517 = "stablehlo.divide"(%1513, %1516) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1518 = "stablehlo.multiply"(%arg21, %1116) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1519 = "stablehlo.add"(%1517, %1518) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1520 = "stablehlo.multiply"(%1519, %1119) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1521 = "stablehlo.subtract"(%arg21, %1520) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1522 = "stablehlo.multiply"(%arg124, %1122) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1523 = "stablehlo.multiply"(%1521, %1124) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1524 = "stablehlo.add"(%1522, %1523) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1525 = "stablehlo.multiply"(%arg57, %1232) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1526 = "stablehlo.multiply"(%585, %1234) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1527 = "stablehlo.add"(%1525, %1526) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1528 = "stablehlo.multiply"(%arg91, %1237) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1529 = "stablehlo.multiply"(%937, %1239) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1530 = "stablehlo.add"(%1528, %1529) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1531 = "stablehlo.divide"(%1527, %1242) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1532 = "stablehlo.divide"(%1530, %1244) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1533 = "stablehlo.sqrt"(%1532) : (tensor<4x32xf32>) -> tensor<4x32xf32>
    %1534 = "stablehlo.add"(%1533, %1247) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1535 = "stablehlo.divide"(%1531, %1534) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1536 = "stablehlo.multiply"(%arg22, %1250) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1537 = "stablehlo.add"(%1535, %1536) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1538 = "stablehlo.multiply"(%1537, %1253) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1539 = "stablehlo.subtract"(%arg22, %1538) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1540 = "stablehlo.multiply"(%arg125, %1256) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1541 = "stablehlo.multiply"(%1539, %1258) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1542 = "stablehlo.add"(%1540, %1541) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1543 = "stablehlo.multiply"(%arg58, %1232) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1544 = "stablehlo.multiply"(%582, %1234) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1545 = "stablehlo.add"(%1543, %1544) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1546 = "stablehlo.multiply"(%arg92, %1237) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1547 = "stablehlo.multiply"(%944, %1239) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1548 = "stablehlo.add"(%1546, %1547) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1549 = "stablehlo.divide"(%1545, %1242) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1550 = "stablehlo.divide"(%1548, %1244) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1551 = "stablehlo.sqrt"(%1550) : (tensor<4x32xf32>) -> tensor<4x32xf32>
    %1552 = "stablehlo.add"(%1551, %1247) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1553 = "stablehlo.divide"(%1549, %1552) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1554 = "stablehlo.multiply"(%arg23, %1250) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1555 = "stablehlo.add"(%1553, %1554) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1556 = "stablehlo.multiply"(%1555, %1253) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1557 = "stablehlo.subtract"(%arg23, %1556) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1558 = "stablehlo.multiply"(%arg126, %1256) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1559 = "stablehlo.multiply"(%1557, %1258) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1560 = "stablehlo.add"(%1558, %1559) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1561 = "stablehlo.multiply"(%arg59, %1279) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1562 = "stablehlo.multiply"(%532, %1281) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1563 = "stablehlo.add"(%1561, %1562) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1564 = "stablehlo.multiply"(%arg93, %1284) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1565 = "stablehlo.multiply"(%951, %1286) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1566 = "stablehlo.add"(%1564, %1565) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1567 = "stablehlo.divide"(%1563, %1289) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1568 = "stablehlo.divide"(%1566, %1291) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1569 = "stablehlo.sqrt"(%1568) : (tensor<32x96xf32>) -> tensor<32x96xf32>
    %1570 = "stablehlo.add"(%1569, %1294) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1571 = "stablehlo.divide"(%1567, %1570) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1572 = "stablehlo.multiply"(%arg24, %1297) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1573 = "stablehlo.add"(%1571, %1572) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1574 = "stablehlo.multiply"(%1573, %1300) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1575 = "stablehlo.subtract"(%arg24, %1574) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1576 = "stablehlo.multiply"(%arg127, %1303) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1577 = "stablehlo.multiply"(%1575, %1305) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1578 = "stablehlo.add"(%1576, %1577) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1579 = "stablehlo.multiply"(%arg60, %1308) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1580 = "stablehlo.multiply"(%526, %1310) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1581 = "stablehlo.add"(%1579, %1580) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1582 = "stablehlo.multiply"(%arg94, %1313) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1583 = "stablehlo.multiply"(%958, %1315) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1584 = "stablehlo.add"(%1582, %1583) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1585 = "stablehlo.divide"(%1581, %1318) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1586 = "stablehlo.divide"(%1584, %1320) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1587 = "stablehlo.sqrt"(%1586) : (tensor<96xf32>) -> tensor<96xf32>
    %1588 = "stablehlo.add"(%1587, %1323) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1589 = "stablehlo.divide"(%1585, %1588) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1590 = "stablehlo.multiply"(%arg25, %1326) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1591 = "stablehlo.add"(%1589, %1590) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1592 = "stablehlo.multiply"(%1591, %1329) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1593 = "stablehlo.subtract"(%arg25, %1592) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1594 = "stablehlo.multiply"(%arg128, %1332) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1595 = "stablehlo.multiply"(%1593, %1334) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1596 = "stablehlo.add"(%1594, %1595) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1597 = "stablehlo.multiply"(%arg61, %1337) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1598 = "stablehlo.multiply"(%488, %1339) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1599 = "stablehlo.add"(%1597, %1598) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1600 = "stablehlo.multiply"(%arg95, %1342) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1601 = "stablehlo.multiply"(%965, %1344) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1602 = "stablehlo.add"(%1600, %1601) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1603 = "stablehlo.divide"(%1599, %1347) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1604 = "stablehlo.divide"(%1602, %1349) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1605 = "stablehlo.sqrt"(%1604) : (tensor<32x32xf32>) -> tensor<32x32xf32>
    %1606 = "stablehlo.add"(%1605, %1352) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1607 = "stablehlo.divide"(%1603, %1606) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1608 = "stablehlo.multiply"(%arg26, %1355) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1609 = "stablehlo.add"(%1607, %1608) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1610 = "stablehlo.multiply"(%1609, %1358) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1611 = "stablehlo.subtract"(%arg26, %1610) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1612 = "stablehlo.multiply"(%arg129, %1361) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1613 = "stablehlo.multiply"(%1611, %1363) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1614 = "stablehlo.add"(%1612, %1613) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1615 = "stablehlo.multiply"(%arg62, %1098) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1616 = "stablehlo.multiply"(%482, %1100) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1617 = "stablehlo.add"(%1615, %1616) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1618 = "stablehlo.multiply"(%arg96, %1103) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1619 = "stablehlo.multiply"(%972, %1105) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1620 = "stablehlo.add"(%1618, %1619) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1621 = "stablehlo.divide"(%1617, %1108) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1622 = "stablehlo.divide"(%1620, %1110) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1623 = "stablehlo.sqrt"(%1622) : (tensor<32xf32>) -> tensor<32xf32>
    %1624 = "stablehlo.add"(%1623, %1113) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1625 = "stablehlo.divide"(%1621, %1624) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1626 = "stablehlo.multiply"(%arg27, %1116) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1627 = "stablehlo.add"(%1625, %1626) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1628 = "stablehlo.multiply"(%1627, %1119) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1629 = "stablehlo.subtract"(%arg27, %1628) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1630 = "stablehlo.multiply"(%arg130, %1122) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1631 = "stablehlo.multiply"(%1629, %1124) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1632 = "stablehlo.add"(%1630, %1631) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1633 = "stablehlo.multiply"(%arg63, %1232) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1634 = "stablehlo.multiply"(%480, %1234) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1635 = "stablehlo.add"(%1633, %1634) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1636 = "stablehlo.multiply"(%arg97, %1237) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1637 = "stablehlo.multiply"(%979, %1239) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1638 = "stablehlo.add"(%1636, %1637) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1639 = "stablehlo.divide"(%1635, %1242) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1640 = "stablehlo.divide"(%1638, %1244) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1641 = "stablehlo.sqrt"(%1640) : (tensor<4x32xf32>) -> tensor<4x32xf32>
    %1642 = "stablehlo.add"(%1641, %1247) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1643 = "stablehlo.divide"(%1639, %1642) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1644 = "stablehlo.multiply"(%arg28, %1250) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1645 = "stablehlo.add"(%1643, %1644) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1646 = "stablehlo.multiply"(%1645, %1253) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1647 = "stablehlo.subtract"(%arg28, %1646) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1648 = "stablehlo.multiply"(%arg131, %1256) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1649 = "stablehlo.multiply"(%1647, %1258) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1650 = "stablehlo.add"(%1648, %1649) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1651 = "stablehlo.multiply"(%arg64, %1232) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1652 = "stablehlo.multiply"(%477, %1234) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1653 = "stablehlo.add"(%1651, %1652) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1654 = "stablehlo.multiply"(%arg98, %1237) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1655 = "stablehlo.multiply"(%986, %1239) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1656 = "stablehlo.add"(%1654, %1655) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1657 = "stablehlo.divide"(%1653, %1242) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1658 = "stablehlo.divide"(%1656, %1244) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1659 = "stablehlo.sqrt"(%1658) : (tensor<4x32xf32>) -> tensor<4x32xf32>
    %1660 = "stablehlo.add"(%1659, %1247) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1661 = "stablehlo.divide"(%1657, %1660) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1662 = "stablehlo.multiply"(%arg29, %1250) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1663 = "stablehlo.add"(%1661, %1662) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1664 = "stablehlo.multiply"(%1663, %1253) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1665 = "stablehlo.subtract"(%arg29, %1664) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1666 = "stablehlo.multiply"(%arg132, %1256) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1667 = "stablehlo.multiply"(%1665, %1258) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1668 = "stablehlo.add"(%1666, %1667) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1669 = "stablehlo.multiply"(%arg65, %1420) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1670 = "stablehlo.multiply"(%427, %1422) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1671 = "stablehlo.add"(%1669, %1670) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1672 = "stablehlo.multiply"(%arg99, %1425) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1673 = "stablehlo.multiply"(%993, %1427) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1674 = "stablehlo.add"(%1672, %1673) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1675 = "stablehlo.divide"(%1671, %1430) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1676 = "stablehlo.divide"(%1674, %1432) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1677 = "stablehlo.sqrt"(%1676) : (tensor<32x64xf32>) -> tensor<32x64xf32>
    %1678 = "stablehlo.add"(%1677, %1435) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1679 = "stablehlo.divide"(%1675, %1678) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1680 = "stablehlo.multiply"(%arg30, %1438) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1681 = "stablehlo.add"(%1679, %1680) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1682 = "stablehlo.multiply"(%1681, %1441) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1683 = "stablehlo.subtract"(%arg30, %1682) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1684 = "stablehlo.multiply"(%arg133, %1444) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1685 = "stablehlo.multiply"(%1683, %1446) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1686 = "stablehlo.add"(%1684, %1685) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1687 = "stablehlo.multiply"(%arg66, %1449) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1688 = "stablehlo.multiply"(%421, %1451) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1689 = "stablehlo.add"(%1687, %1688) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1690 = "stablehlo.multiply"(%arg100, %1454) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1691 = "stablehlo.multiply"(%1000, %1456) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1692 = "stablehlo.add"(%1690, %1691) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1693 = "stablehlo.divide"(%1689, %1459) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1694 = "stablehlo.divide"(%1692, %1461) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1695 = "stablehlo.sqrt"(%1694) : (tensor<64xf32>) -> tensor<64xf32>
    %1696 = "stablehlo.add"(%1695, %1464) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1697 = "stablehlo.divide"(%1693, %1696) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1698 = "stablehlo.multiply"(%arg31, %1467) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1699 = "stablehlo.add"(%1697, %1698) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1700 = "stablehlo.multiply"(%1699, %1470) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1701 = "stablehlo.subtract"(%arg31, %1700) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1702 = "stablehlo.multiply"(%arg134, %1473) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1703 = "stablehlo.multiply"(%1701, %1475) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1704 = "stablehlo.add"(%1702, %1703) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1705 = "stablehlo.multiply"(%arg67, %1478) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1706 = "stablehlo.multiply"(%411, %1480) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1707 = "stablehlo.add"(%1705, %1706) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1708 = "stablehlo.multiply"(%arg101, %1483) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1709 = "stablehlo.multiply"(%1007, %1485) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1710 = "stablehlo.add"(%1708, %1709) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1711 = "stablehlo.divide"(%1707, %1488) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1712 = "stablehlo.divide"(%1710, %1490) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1713 = "stablehlo.sqrt"(%1712) : (tensor<64x32xf32>) -> tensor<64x32xf32>
    %1714 = "stablehlo.add"(%1713, %1493) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1715 = "stablehlo.divide"(%1711, %1714) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1716 = "stablehlo.multiply"(%arg32, %1496) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1717 = "stablehlo.add"(%1715, %1716) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1718 = "stablehlo.multiply"(%1717, %1499) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1719 = "stablehlo.subtract"(%arg32, %1718) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1720 = "stablehlo.multiply"(%arg135, %1502) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1721 = "stablehlo.multiply"(%1719, %1504) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1722 = "stablehlo.add"(%1720, %1721) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1723 = "stablehlo.multiply"(%arg68, %1098) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1724 = "stablehlo.multiply"(%405, %1100) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1725 = "stablehlo.add"(%1723, %1724) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1726 = "stablehlo.multiply"(%arg102, %1103) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1727 = "stablehlo.multiply"(%1014, %1105) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1728 = "stablehlo.add"(%1726, %1727) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1729 = "stablehlo.divide"(%1725, %1108) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1730 = "stablehlo.divide"(%1728, %1110) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1731 = "stablehlo.sqrt"(%1730) : (tensor<32xf32>) -> tensor<32xf32>
    %1732 = "stablehlo.add"(%1731, %1113) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1733 = "stablehlo.divide"(%1729, %1732) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1734 = "stablehlo.multiply"(%arg33, %1116) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1735 = "stablehlo.add"(%1733, %1734) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1736 = "stablehlo.multiply"(%1735, %1119) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1737 = "stablehlo.subtract"(%arg33, %1736) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1738 = "stablehlo.multiply"(%arg136, %1122) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1739 = "stablehlo.multiply"(%1737, %1124) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1740 = "stablehlo.add"(%1738, %1739) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1741 = "stablehlo.multiply"(%arg69, %1232) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1742 = "stablehlo.multiply"(%403, %1234) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1743 = "stablehlo.add"(%1741, %1742) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1744 = "stablehlo.multiply"(%arg103, %1237) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1745 = "stablehlo.multiply"(%1021, %1239) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1746 = "stablehlo.add"(%1744, %1745) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1747 = "stablehlo.divide"(%1743, %1242) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1748 = "stablehlo.divide"(%1746, %1244) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1749 = "stablehlo.sqrt"(%1748) : (tensor<4x32xf32>) -> tensor<4x32xf32>
    %1750 = "stablehlo.add"(%1749, %1247) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1751 = "stablehlo.divide"(%1747, %1750) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1752 = "stablehlo.multiply"(%arg34, %1250) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1753 = "stablehlo.add"(%1751, %1752) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1754 = "stablehlo.multiply"(%1753, %1253) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1755 = "stablehlo.subtract"(%arg34, %1754) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1756 = "stablehlo.multiply"(%arg137, %1256) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1757 = "stablehlo.multiply"(%1755, %1258) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1758 = "stablehlo.add"(%1756, %1757) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1759 = "stablehlo.multiply"(%arg70, %1232) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1760 = "stablehlo.multiply"(%400, %1234) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1761 = "stablehlo.add"(%1759, %1760) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1762 = "stablehlo.multiply"(%arg104, %1237) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1763 = "stablehlo.multiply"(%1028, %1239) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1764 = "stablehlo.add"(%1762, %1763) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1765 = "stablehlo.divide"(%1761, %1242) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1766 = "stablehlo.divide"(%1764, %1244) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1767 = "stablehlo.sqrt"(%1766) : (tensor<4x32xf32>) -> tensor<4x32xf32>
    %1768 = "stablehlo.add"(%1767, %1247) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1769 = "stablehlo.divide"(%1765, %1768) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1770 = "stablehlo.multiply"(%arg35, %1250) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1771 = "stablehlo.add"(%1769, %1770) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1772 = "stablehlo.multiply"(%1771, %1253) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1773 = "stablehlo.subtract"(%arg35, %1772) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1774 = "stablehlo.multiply"(%arg138, %1256) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1775 = "stablehlo.multiply"(%1773, %1258) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1776 = "stablehlo.add"(%1774, %1775) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1777 = "stablehlo.multiply"(%arg71, %1337) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1778 = "stablehlo.multiply"(%350, %1339) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1779 = "stablehlo.add"(%1777, %1778) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1780 = "stablehlo.multiply"(%arg105, %1342) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1781 = "stablehlo.multiply"(%1035, %1344) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1782 = "stablehlo.add"(%1780, %1781) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1783 = "stablehlo.divide"(%1779, %1347) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1784 = "stablehlo.divide"(%1782, %1349) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1785 = "stablehlo.sqrt"(%1784) : (tensor<32x32xf32>) -> tensor<32x32xf32>
    %1786 = "stablehlo.add"(%1785, %1352) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1787 = "stablehlo.divide"(%1783, %1786) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1788 = "stablehlo.multiply"(%arg36, %1355) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1789 = "stablehlo.add"(%1787, %1788) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1790 = "stablehlo.multiply"(%1789, %1358) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1791 = "stablehlo.subtract"(%arg36, %1790) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1792 = "stablehlo.multiply"(%arg139, %1361) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1793 = "stablehlo.multiply"(%1791, %1363) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1794 = "stablehlo.add"(%1792, %1793) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1795 = "stablehlo.multiply"(%arg72, %1098) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1796 = "stablehlo.multiply"(%344, %1100) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1797 = "stablehlo.add"(%1795, %1796) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1798 = "stablehlo.multiply"(%arg106, %1103) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1799 = "stablehlo.multiply"(%1042, %1105) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1800 = "stablehlo.add"(%1798, %1799) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1801 = "stablehlo.divide"(%1797, %1108) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1802 = "stablehlo.divide"(%1800, %1110) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1803 = "stablehlo.sqrt"(%1802) : (tensor<32xf32>) -> tensor<32xf32>
    %1804 = "stablehlo.add"(%1803, %1113) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1805 = "stablehlo.divide"(%1801, %1804) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1806 = "stablehlo.multiply"(%arg37, %1116) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1807 = "stablehlo.add"(%1805, %1806) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1808 = "stablehlo.multiply"(%1807, %1119) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1809 = "stablehlo.subtract"(%arg37, %1808) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1810 = "stablehlo.multiply"(%arg140, %1122) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1811 = "stablehlo.multiply"(%1809, %1124) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1812 = "stablehlo.add"(%1810, %1811) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1813 = "stablehlo.reshape"(%328) : (tensor<f32>) -> tensor<1xf32>
    %1814 = "stablehlo.reshape"(%330) : (tensor<f32>) -> tensor<1xf32>
    %1815 = "stablehlo.reshape"(%1049) : (tensor<f32>) -> tensor<1xf32>
    %1816 = "stablehlo.reshape"(%1054) : (tensor<f32>) -> tensor<1xf32>
    %1817 = "stablehlo.concatenate"(%1813, %1814, %1815, %1816) {dimension = 0 : i64} : (tensor<1xf32>, tensor<1xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<4xf32>
    return %1087, %1121, %1141, %1168, %1197, %1226, %1255, %1275, %1302, %1331, %1360, %1380, %1398, %1416, %1443, %1472, %1501, %1521, %1539, %1557, %1575, %1593, %1611, %1629, %1647, %1665, %1683, %1701, %1719, %1737, %1755, %1773, %1791, %1809, %1056, %1062, %1102, %1129, %1149, %1178, %1207, %1236, %1263, %1283, %1312, %1341, %1368, %1386, %1404, %1424, %1453, %1482, %1509, %1527, %1545, %1563, %1581, %1599, %1617, %1635, %1653, %1671, %1689, %1707, %1725, %1743, %1761, %1779, %1797, %1067, %1107, %1132, %1154, %1183, %1212, %1241, %1266, %1288, %1317, %1346, %1371, %1389, %1407, %1429, %1458, %1487, %1512, %1530, %1548, %1566, %1584, %1602, %1620, %1638, %1656, %1674, %1692, %1710, %1728, %1746, %1764, %1782, %1800, %1097, %1126, %1144, %1173, %1202, %1231, %1260, %1278, %1307, %1336, %1365, %1383, %1401, %1419, %1448, %1477, %1506, %1524, %1542, %1560, %1578, %1596, %1614, %1632, %1650, %1668, %1686, %1704, %1722, %1740, %1758, %1776, %1794, %1812, %1817 : tensor<16x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<4x11xf32>, tensor<8x11xf32>, tensor<8x10xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x96xf32>, tensor<96xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x96xf32>, tensor<96xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<i32>, tensor<16x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<4x11xf32>, tensor<8x11xf32>, tensor<8x10xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x96xf32>, tensor<96xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x96xf32>, tensor<96xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<16x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<4x11xf32>, tensor<8x11xf32>, tensor<8x10xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x96xf32>, tensor<96xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x96xf32>, tensor<96xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<16x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<4x11xf32>, tensor<8x11xf32>, tensor<8x10xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x96xf32>, tensor<96xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x96xf32>, tensor<96xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<4xf32>
  }
}
