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
    %58 = "stablehlo.slice"(%57) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 2, 256, 2, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x256x2x48xf32>) -> tensor<2x256x2x16xf32>
    %59 = "stablehlo.slice"(%57) {start_indices = array<i64: 0, 0, 0, 16>, limit_indices = array<i64: 2, 256, 2, 32>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x256x2x48xf32>) -> tensor<2x256x2x16xf32>
    %60 = "stablehlo.slice"(%57) {start_indices = array<i64: 0, 0, 0, 32>, limit_indices = array<i64: 2, 256, 2, 48>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x256x2x48xf32>) -> tensor<2x256x2x16xf32>
    %61 = "stablehlo.constant"() {value = dense<4.0> : tensor<2x256x2x16xf32>} : () -> tensor<2x256x2x16xf32>
    %62 = "stablehlo.divide"(%58, %61) : (tensor<2x256x2x16xf32>, tensor<2x256x2x16xf32>) -> tensor<2x256x2x16xf32>
    %63 = "stablehlo.slice"(%62) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 2, 256, 2, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x256x2x16xf32>) -> tensor<2x256x2x16xf32>
    %64 = "stablehlo.slice"(%59) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 2, 256, 2, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x256x2x16xf32>) -> tensor<2x256x2x16xf32>
    %65 = "stablehlo.dot_general"(%63, %64) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<2x256x2x16xf32>, tensor<2x256x2x16xf32>) -> tensor<2x2x256x256xf32>
    %66 = "stablehlo.iota"() {iota_dimension = 0 : i64} : () -> tensor<256x256xi32>
    %67 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<256x256xi32>
    %68 = "stablehlo.constant"() {value = dense<0> : tensor<256x256xi32>} : () -> tensor<256x256xi32>
    %69 = "stablehlo.add"(%66, %68) : (tensor<256x256xi32>, tensor<256x256xi32>) -> tensor<256x256xi32>
    %70 = "stablehlo.compare"(%67, %69) {comparison_direction = #stablehlo<comparison_direction LE>} : (tensor<256x256xi32>, tensor<256x256xi32>) -> tensor<256x256xi1>
    %71 = "stablehlo.constant"() {value = dense<0xF149F2CA> : tensor<2x2x256x256xf32>} : () -> tensor<2x2x256x256xf32>
    %72 = "stablehlo.broadcast_in_dim"(%70) {broadcast_dimensions = array<i64: 2, 3>} : (tensor<256x256xi1>) -> tensor<2x2x256x256xi1>
    %73 = "stablehlo.select"(%72, %65, %71) : (tensor<2x2x256x256xi1>, tensor<2x2x256x256xf32>, tensor<2x2x256x256xf32>) -> tensor<2x2x256x256xf32>
    %74 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %75 = "stablehlo.reduce"(%73, %74) ({
    ^bb0(%76: tensor<f32>, %77: tensor<f32>):
        %78 = "stablehlo.maximum"(%76, %77) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%78) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x2x256x256xf32>, tensor<f32>) -> tensor<2x2x256xf32>
    %79 = "stablehlo.reshape"(%75) : (tensor<2x2x256xf32>) -> tensor<2x2x256x1xf32>
    %80 = "stablehlo.broadcast_in_dim"(%79) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<2x2x256x1xf32>) -> tensor<2x2x256x256xf32>
    %81 = "stablehlo.subtract"(%73, %80) : (tensor<2x2x256x256xf32>, tensor<2x2x256x256xf32>) -> tensor<2x2x256x256xf32>
    %82 = "stablehlo.exponential"(%81) : (tensor<2x2x256x256xf32>) -> tensor<2x2x256x256xf32>
    %83 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %84 = "stablehlo.reduce"(%82, %83) ({
    ^bb0(%85: tensor<f32>, %86: tensor<f32>):
        %87 = "stablehlo.add"(%85, %86) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%87) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x2x256x256xf32>, tensor<f32>) -> tensor<2x2x256xf32>
    %88 = "stablehlo.reshape"(%84) : (tensor<2x2x256xf32>) -> tensor<2x2x256x1xf32>
    %89 = "stablehlo.broadcast_in_dim"(%88) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<2x2x256x1xf32>) -> tensor<2x2x256x256xf32>
    %90 = "stablehlo.divide"(%82, %89) : (tensor<2x2x256x256xf32>, tensor<2x2x256x256xf32>) -> tensor<2x2x256x256xf32>
    %91 = "stablehlo.slice"(%60) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 2, 256, 2, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x256x2x16xf32>) -> tensor<2x256x2x16xf32>
    %92 = "stablehlo.dot_general"(%90, %91) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<2x2x256x256xf32>, tensor<2x256x2x16xf32>) -> tensor<2x2x256x16xf32>
    %93 = "stablehlo.concatenate"(%92) {dimension = 2 : i64} : (tensor<2x2x256x16xf32>) -> tensor<2x2x256x16xf32>
    %94 = "stablehlo.transpose"(%93) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x2x256x16xf32>) -> tensor<2x256x2x16xf32>
    %95 = "stablehlo.reshape"(%94) : (tensor<2x256x2x16xf32>) -> tensor<2x256x32xf32>
    %96 = "stablehlo.dot_general"(%95, %arg14) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x256x32xf32>, tensor<32x32xf32>) -> tensor<2x256x32xf32>
    %97 = "stablehlo.broadcast_in_dim"(%arg15) {broadcast_dimensions = array<i64: 2>} : (tensor<32xf32>) -> tensor<2x256x32xf32>
    %98 = "stablehlo.add"(%96, %97) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %99 = "stablehlo.add"(%18, %98) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %100 = "stablehlo.dot_general"(%3, %arg16) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<2x4xf32>, tensor<4x32xf32>) -> tensor<2x32xf32>
    %101 = "stablehlo.reshape"(%100) : (tensor<2x32xf32>) -> tensor<2x1x32xf32>
    %102 = "stablehlo.add"(%101, %21) : (tensor<2x1x32xf32>, tensor<2x1x32xf32>) -> tensor<2x1x32xf32>
    %103 = "stablehlo.dot_general"(%3, %arg17) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<2x4xf32>, tensor<4x32xf32>) -> tensor<2x32xf32>
    %104 = "stablehlo.reshape"(%103) : (tensor<2x32xf32>) -> tensor<2x1x32xf32>
    %105 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %106 = "stablehlo.reduce"(%99, %105) ({
    ^bb0(%107: tensor<f32>, %108: tensor<f32>):
        %109 = "stablehlo.add"(%107, %108) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%109) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x256xf32>
    %110 = "stablehlo.reshape"(%106) : (tensor<2x256xf32>) -> tensor<2x256x1xf32>
    %111 = "stablehlo.divide"(%110, %31) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %112 = "stablehlo.multiply"(%99, %99) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %113 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %114 = "stablehlo.reduce"(%112, %113) ({
    ^bb0(%115: tensor<f32>, %116: tensor<f32>):
        %117 = "stablehlo.add"(%115, %116) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%117) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x256xf32>
    %118 = "stablehlo.reshape"(%114) : (tensor<2x256xf32>) -> tensor<2x256x1xf32>
    %119 = "stablehlo.divide"(%118, %31) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %120 = "stablehlo.multiply"(%111, %111) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %121 = "stablehlo.subtract"(%119, %120) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %122 = "stablehlo.broadcast_in_dim"(%111) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x256x1xf32>) -> tensor<2x256x32xf32>
    %123 = "stablehlo.subtract"(%99, %122) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %124 = "stablehlo.add"(%121, %45) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %125 = "stablehlo.rsqrt"(%124) : (tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %126 = "stablehlo.broadcast_in_dim"(%125) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x256x1xf32>) -> tensor<2x256x32xf32>
    %127 = "stablehlo.multiply"(%123, %126) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %128 = "stablehlo.broadcast_in_dim"(%102) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x1x32xf32>) -> tensor<2x256x32xf32>
    %129 = "stablehlo.multiply"(%127, %128) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %130 = "stablehlo.broadcast_in_dim"(%104) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x1x32xf32>) -> tensor<2x256x32xf32>
    %131 = "stablehlo.add"(%129, %130) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %132 = "stablehlo.dot_general"(%131, %arg18) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x256x32xf32>, tensor<32x64xf32>) -> tensor<2x256x64xf32>
    %133 = "stablehlo.broadcast_in_dim"(%arg19) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x256x64xf32>
    %134 = "stablehlo.add"(%132, %133) : (tensor<2x256x64xf32>, tensor<2x256x64xf32>) -> tensor<2x256x64xf32>
    %135 = "stablehlo.constant"() {value = dense<1.702> : tensor<2x256x64xf32>} : () -> tensor<2x256x64xf32>
    %136 = "stablehlo.multiply"(%134, %135) : (tensor<2x256x64xf32>, tensor<2x256x64xf32>) -> tensor<2x256x64xf32>
    %137 = "stablehlo.logistic"(%136) : (tensor<2x256x64xf32>) -> tensor<2x256x64xf32>
    %138 = "stablehlo.multiply"(%134, %137) : (tensor<2x256x64xf32>, tensor<2x256x64xf32>) -> tensor<2x256x64xf32>
    %139 = "stablehlo.dot_general"(%138, %arg20) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x256x64xf32>, tensor<64x32xf32>) -> tensor<2x256x32xf32>
    %140 = "stablehlo.broadcast_in_dim"(%arg21) {broadcast_dimensions = array<i64: 2>} : (tensor<32xf32>) -> tensor<2x256x32xf32>
    %141 = "stablehlo.add"(%139, %140) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %142 = "stablehlo.add"(%99, %141) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %143 = "stablehlo.dot_general"(%3, %arg22) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<2x4xf32>, tensor<4x32xf32>) -> tensor<2x32xf32>
    %144 = "stablehlo.reshape"(%143) : (tensor<2x32xf32>) -> tensor<2x1x32xf32>
    %145 = "stablehlo.add"(%144, %21) : (tensor<2x1x32xf32>, tensor<2x1x32xf32>) -> tensor<2x1x32xf32>
    %146 = "stablehlo.dot_general"(%3, %arg23) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<2x4xf32>, tensor<4x32xf32>) -> tensor<2x32xf32>
    %147 = "stablehlo.reshape"(%146) : (tensor<2x32xf32>) -> tensor<2x1x32xf32>
    %148 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %149 = "stablehlo.reduce"(%142, %148) ({
    ^bb0(%150: tensor<f32>, %151: tensor<f32>):
        %152 = "stablehlo.add"(%150, %151) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%152) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x256xf32>
    %153 = "stablehlo.reshape"(%149) : (tensor<2x256xf32>) -> tensor<2x256x1xf32>
    %154 = "stablehlo.divide"(%153, %31) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %155 = "stablehlo.multiply"(%142, %142) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %156 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %157 = "stablehlo.reduce"(%155, %156) ({
    ^bb0(%158: tensor<f32>, %159: tensor<f32>):
        %160 = "stablehlo.add"(%158, %159) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%160) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x256xf32>
    %161 = "stablehlo.reshape"(%157) : (tensor<2x256xf32>) -> tensor<2x256x1xf32>
    %162 = "stablehlo.divide"(%161, %31) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %163 = "stablehlo.multiply"(%154, %154) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %164 = "stablehlo.subtract"(%162, %163) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %165 = "stablehlo.broadcast_in_dim"(%154) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x256x1xf32>) -> tensor<2x256x32xf32>
    %166 = "stablehlo.subtract"(%142, %165) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %167 = "stablehlo.add"(%164, %45) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %168 = "stablehlo.rsqrt"(%167) : (tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %169 = "stablehlo.broadcast_in_dim"(%168) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x256x1xf32>) -> tensor<2x256x32xf32>
    %170 = "stablehlo.multiply"(%166, %169) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %171 = "stablehlo.broadcast_in_dim"(%145) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x1x32xf32>) -> tensor<2x256x32xf32>
    %172 = "stablehlo.multiply"(%170, %171) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %173 = "stablehlo.broadcast_in_dim"(%147) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x1x32xf32>) -> tensor<2x256x32xf32>
    %174 = "stablehlo.add"(%172, %173) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %175 = "stablehlo.dot_general"(%174, %arg24) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x256x32xf32>, tensor<32x96xf32>) -> tensor<2x256x96xf32>
    %176 = "stablehlo.broadcast_in_dim"(%arg25) {broadcast_dimensions = array<i64: 2>} : (tensor<96xf32>) -> tensor<2x256x96xf32>
    %177 = "stablehlo.add"(%175, %176) : (tensor<2x256x96xf32>, tensor<2x256x96xf32>) -> tensor<2x256x96xf32>
    %178 = "stablehlo.reshape"(%177) : (tensor<2x256x96xf32>) -> tensor<2x256x2x48xf32>
    %179 = "stablehlo.slice"(%178) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 2, 256, 2, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x256x2x48xf32>) -> tensor<2x256x2x16xf32>
    %180 = "stablehlo.slice"(%178) {start_indices = array<i64: 0, 0, 0, 16>, limit_indices = array<i64: 2, 256, 2, 32>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x256x2x48xf32>) -> tensor<2x256x2x16xf32>
    %181 = "stablehlo.slice"(%178) {start_indices = array<i64: 0, 0, 0, 32>, limit_indices = array<i64: 2, 256, 2, 48>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x256x2x48xf32>) -> tensor<2x256x2x16xf32>
    %182 = "stablehlo.divide"(%179, %61) : (tensor<2x256x2x16xf32>, tensor<2x256x2x16xf32>) -> tensor<2x256x2x16xf32>
    %183 = "stablehlo.slice"(%182) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 2, 256, 2, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x256x2x16xf32>) -> tensor<2x256x2x16xf32>
    %184 = "stablehlo.slice"(%180) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 2, 256, 2, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x256x2x16xf32>) -> tensor<2x256x2x16xf32>
    %185 = "stablehlo.dot_general"(%183, %184) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<2x256x2x16xf32>, tensor<2x256x2x16xf32>) -> tensor<2x2x256x256xf32>
    %186 = "stablehlo.select"(%72, %185, %71) : (tensor<2x2x256x256xi1>, tensor<2x2x256x256xf32>, tensor<2x2x256x256xf32>) -> tensor<2x2x256x256xf32>
    %187 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %188 = "stablehlo.reduce"(%186, %187) ({
    ^bb0(%189: tensor<f32>, %190: tensor<f32>):
        %191 = "stablehlo.maximum"(%189, %190) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%191) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x2x256x256xf32>, tensor<f32>) -> tensor<2x2x256xf32>
    %192 = "stablehlo.reshape"(%188) : (tensor<2x2x256xf32>) -> tensor<2x2x256x1xf32>
    %193 = "stablehlo.broadcast_in_dim"(%192) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<2x2x256x1xf32>) -> tensor<2x2x256x256xf32>
    %194 = "stablehlo.subtract"(%186, %193) : (tensor<2x2x256x256xf32>, tensor<2x2x256x256xf32>) -> tensor<2x2x256x256xf32>
    %195 = "stablehlo.exponential"(%194) : (tensor<2x2x256x256xf32>) -> tensor<2x2x256x256xf32>
    %196 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %197 = "stablehlo.reduce"(%195, %196) ({
    ^bb0(%198: tensor<f32>, %199: tensor<f32>):
        %200 = "stablehlo.add"(%198, %199) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%200) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x2x256x256xf32>, tensor<f32>) -> tensor<2x2x256xf32>
    %201 = "stablehlo.reshape"(%197) : (tensor<2x2x256xf32>) -> tensor<2x2x256x1xf32>
    %202 = "stablehlo.broadcast_in_dim"(%201) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<2x2x256x1xf32>) -> tensor<2x2x256x256xf32>
    %203 = "stablehlo.divide"(%195, %202) : (tensor<2x2x256x256xf32>, tensor<2x2x256x256xf32>) -> tensor<2x2x256x256xf32>
    %204 = "stablehlo.slice"(%181) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 2, 256, 2, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x256x2x16xf32>) -> tensor<2x256x2x16xf32>
    %205 = "stablehlo.dot_general"(%203, %204) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<2x2x256x256xf32>, tensor<2x256x2x16xf32>) -> tensor<2x2x256x16xf32>
    %206 = "stablehlo.concatenate"(%205) {dimension = 2 : i64} : (tensor<2x2x256x16xf32>) -> tensor<2x2x256x16xf32>
    %207 = "stablehlo.transpose"(%206) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x2x256x16xf32>) -> tensor<2x256x2x16xf32>
    %208 = "stablehlo.reshape"(%207) : (tensor<2x256x2x16xf32>) -> tensor<2x256x32xf32>
    %209 = "stablehlo.dot_general"(%208, %arg26) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x256x32xf32>, tensor<32x32xf32>) -> tensor<2x256x32xf32>
    %210 = "stablehlo.broadcast_in_dim"(%arg27) {broadcast_dimensions = array<i64: 2>} : (tensor<32xf32>) -> tensor<2x256x32xf32>
    %211 = "stablehlo.add"(%209, %210) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %212 = "stablehlo.add"(%142, %211) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %213 = "stablehlo.dot_general"(%3, %arg28) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<2x4xf32>, tensor<4x32xf32>) -> tensor<2x32xf32>
    %214 = "stablehlo.reshape"(%213) : (tensor<2x32xf32>) -> tensor<2x1x32xf32>
    %215 = "stablehlo.add"(%214, %21) : (tensor<2x1x32xf32>, tensor<2x1x32xf32>) -> tensor<2x1x32xf32>
    %216 = "stablehlo.dot_general"(%3, %arg29) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<2x4xf32>, tensor<4x32xf32>) -> tensor<2x32xf32>
    %217 = "stablehlo.reshape"(%216) : (tensor<2x32xf32>) -> tensor<2x1x32xf32>
    %218 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %219 = "stablehlo.reduce"(%212, %218) ({
    ^bb0(%220: tensor<f32>, %221: tensor<f32>):
        %222 = "stablehlo.add"(%220, %221) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%222) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x256xf32>
    %223 = "stablehlo.reshape"(%219) : (tensor<2x256xf32>) -> tensor<2x256x1xf32>
    %224 = "stablehlo.divide"(%223, %31) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %225 = "stablehlo.multiply"(%212, %212) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %226 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %227 = "stablehlo.reduce"(%225, %226) ({
    ^bb0(%228: tensor<f32>, %229: tensor<f32>):
        %230 = "stablehlo.add"(%228, %229) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%230) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x256xf32>
    %231 = "stablehlo.reshape"(%227) : (tensor<2x256xf32>) -> tensor<2x256x1xf32>
    %232 = "stablehlo.divide"(%231, %31) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %233 = "stablehlo.multiply"(%224, %224) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %234 = "stablehlo.subtract"(%232, %233) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %235 = "stablehlo.broadcast_in_dim"(%224) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x256x1xf32>) -> tensor<2x256x32xf32>
    %236 = "stablehlo.subtract"(%212, %235) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %237 = "stablehlo.add"(%234, %45) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %238 = "stablehlo.rsqrt"(%237) : (tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %239 = "stablehlo.broadcast_in_dim"(%238) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x256x1xf32>) -> tensor<2x256x32xf32>
    %240 = "stablehlo.multiply"(%236, %239) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %241 = "stablehlo.broadcast_in_dim"(%215) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x1x32xf32>) -> tensor<2x256x32xf32>
    %242 = "stablehlo.multiply"(%240, %241) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %243 = "stablehlo.broadcast_in_dim"(%217) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x1x32xf32>) -> tensor<2x256x32xf32>
    %244 = "stablehlo.add"(%242, %243) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %245 = "stablehlo.dot_general"(%244, %arg30) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x256x32xf32>, tensor<32x64xf32>) -> tensor<2x256x64xf32>
    %246 = "stablehlo.broadcast_in_dim"(%arg31) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x256x64xf32>
    %247 = "stablehlo.add"(%245, %246) : (tensor<2x256x64xf32>, tensor<2x256x64xf32>) -> tensor<2x256x64xf32>
    %248 = "stablehlo.multiply"(%247, %135) : (tensor<2x256x64xf32>, tensor<2x256x64xf32>) -> tensor<2x256x64xf32>
    %249 = "stablehlo.logistic"(%248) : (tensor<2x256x64xf32>) -> tensor<2x256x64xf32>
    %250 = "stablehlo.multiply"(%247, %249) : (tensor<2x256x64xf32>, tensor<2x256x64xf32>) -> tensor<2x256x64xf32>
    %251 = "stablehlo.dot_general"(%250, %arg32) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x256x64xf32>, tensor<64x32xf32>) -> tensor<2x256x32xf32>
    %252 = "stablehlo.broadcast_in_dim"(%arg33) {broadcast_dimensions = array<i64: 2>} : (tensor<32xf32>) -> tensor<2x256x32xf32>
    %253 = "stablehlo.add"(%251, %252) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %254 = "stablehlo.add"(%212, %253) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %255 = "stablehlo.dot_general"(%3, %arg34) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<2x4xf32>, tensor<4x32xf32>) -> tensor<2x32xf32>
    %256 = "stablehlo.reshape"(%255) : (tensor<2x32xf32>) -> tensor<2x1x32xf32>
    %257 = "stablehlo.add"(%256, %21) : (tensor<2x1x32xf32>, tensor<2x1x32xf32>) -> tensor<2x1x32xf32>
    %258 = "stablehlo.dot_general"(%3, %arg35) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<2x4xf32>, tensor<4x32xf32>) -> tensor<2x32xf32>
    %259 = "stablehlo.reshape"(%258) : (tensor<2x32xf32>) -> tensor<2x1x32xf32>
    %260 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %261 = "stablehlo.reduce"(%254, %260) ({
    ^bb0(%262: tensor<f32>, %263: tensor<f32>):
        %264 = "stablehlo.add"(%262, %263) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%264) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x256xf32>
    %265 = "stablehlo.reshape"(%261) : (tensor<2x256xf32>) -> tensor<2x256x1xf32>
    %266 = "stablehlo.divide"(%265, %31) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %267 = "stablehlo.multiply"(%254, %254) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %268 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %269 = "stablehlo.reduce"(%267, %268) ({
    ^bb0(%270: tensor<f32>, %271: tensor<f32>):
        %272 = "stablehlo.add"(%270, %271) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%272) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x256xf32>
    %273 = "stablehlo.reshape"(%269) : (tensor<2x256xf32>) -> tensor<2x256x1xf32>
    %274 = "stablehlo.divide"(%273, %31) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %275 = "stablehlo.multiply"(%266, %266) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %276 = "stablehlo.subtract"(%274, %275) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %277 = "stablehlo.broadcast_in_dim"(%266) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x256x1xf32>) -> tensor<2x256x32xf32>
    %278 = "stablehlo.subtract"(%254, %277) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %279 = "stablehlo.add"(%276, %45) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %280 = "stablehlo.rsqrt"(%279) : (tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %281 = "stablehlo.broadcast_in_dim"(%280) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x256x1xf32>) -> tensor<2x256x32xf32>
    %282 = "stablehlo.multiply"(%278, %281) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %283 = "stablehlo.broadcast_in_dim"(%257) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x1x32xf32>) -> tensor<2x256x32xf32>
    %284 = "stablehlo.multiply"(%282, %283) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %285 = "stablehlo.broadcast_in_dim"(%259) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x1x32xf32>) -> tensor<2x256x32xf32>
    %286 = "stablehlo.add"(%284, %285) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %287 = "stablehlo.dot_general"(%286, %arg36) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x256x32xf32>, tensor<32x32xf32>) -> tensor<2x256x32xf32>
    %288 = "stablehlo.broadcast_in_dim"(%arg37) {broadcast_dimensions = array<i64: 2>} : (tensor<32xf32>) -> tensor<2x256x32xf32>
    %289 = "stablehlo.add"(%287, %288) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %290 = "stablehlo.reshape"(%289) : (tensor<2x256x32xf32>) -> tensor<2x4x8x8x32xf32>
    %291 = "stablehlo.iota"() {iota_dimension = 4 : i64} : () -> tensor<2x4x8x8x32xi32>
    %292 = "stablehlo.broadcast_in_dim"(%arg0) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<2x4x8x8xi32>) -> tensor<2x4x8x8x32xi32>
    %293 = "stablehlo.compare"(%292, %291) {comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<2x4x8x8x32xi32>, tensor<2x4x8x8x32xi32>) -> tensor<2x4x8x8x32xi1>
    %294 = "stablehlo.convert"(%293) : (tensor<2x4x8x8x32xi1>) -> tensor<2x4x8x8x32xf32>
    %295 = "stablehlo.multiply"(%290, %294) : (tensor<2x4x8x8x32xf32>, tensor<2x4x8x8x32xf32>) -> tensor<2x4x8x8x32xf32>
    %296 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %297 = "stablehlo.reduce"(%295, %296) ({
    ^bb0(%298: tensor<f32>, %299: tensor<f32>):
        %300 = "stablehlo.add"(%298, %299) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%300) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 4>} : (tensor<2x4x8x8x32xf32>, tensor<f32>) -> tensor<2x4x8x8xf32>
    %301 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %302 = "stablehlo.reduce"(%290, %301) ({
    ^bb0(%303: tensor<f32>, %304: tensor<f32>):
        %305 = "stablehlo.maximum"(%303, %304) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%305) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 4>} : (tensor<2x4x8x8x32xf32>, tensor<f32>) -> tensor<2x4x8x8xf32>
    %306 = "stablehlo.reshape"(%302) : (tensor<2x4x8x8xf32>) -> tensor<2x4x8x8x1xf32>
    %307 = "stablehlo.broadcast_in_dim"(%306) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<2x4x8x8x1xf32>) -> tensor<2x4x8x8x32xf32>
    %308 = "stablehlo.subtract"(%290, %307) : (tensor<2x4x8x8x32xf32>, tensor<2x4x8x8x32xf32>) -> tensor<2x4x8x8x32xf32>
    %309 = "stablehlo.exponential"(%308) : (tensor<2x4x8x8x32xf32>) -> tensor<2x4x8x8x32xf32>
    %310 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %311 = "stablehlo.reduce"(%309, %310) ({
    ^bb0(%312: tensor<f32>, %313: tensor<f32>):
        %314 = "stablehlo.add"(%312, %313) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%314) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 4>} : (tensor<2x4x8x8x32xf32>, tensor<f32>) -> tensor<2x4x8x8xf32>
    %315 = "stablehlo.log"(%311) : (tensor<2x4x8x8xf32>) -> tensor<2x4x8x8xf32>
    %316 = "stablehlo.reshape"(%306) : (tensor<2x4x8x8x1xf32>) -> tensor<2x4x8x8xf32>
    %317 = "stablehlo.add"(%315, %316) : (tensor<2x4x8x8xf32>, tensor<2x4x8x8xf32>) -> tensor<2x4x8x8xf32>
    %318 = "stablehlo.subtract"(%297, %317) : (tensor<2x4x8x8xf32>, tensor<2x4x8x8xf32>) -> tensor<2x4x8x8xf32>
    %319 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %320 = "stablehlo.reduce"(%318, %319) ({
    ^bb0(%321: tensor<f32>, %322: tensor<f32>):
        %323 = "stablehlo.add"(%321, %322) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%323) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2, 3>} : (tensor<2x4x8x8xf32>, tensor<f32>) -> tensor<f32>
    %324 = "stablehlo.constant"() {value = dense<512.0> : tensor<f32>} : () -> tensor<f32>
    %325 = "stablehlo.divide"(%320, %324) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %326 = "stablehlo.negate"(%325) : (tensor<f32>) -> tensor<f32>
    %327 = "stablehlo.constant"() {value = dense<0.6931472> : tensor<f32>} : () -> tensor<f32>
    %328 = "stablehlo.divide"(%326, %327) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %329 = "stablehlo.constant"() {value = dense<1.0> : tensor<f32>} : () -> tensor<f32>
    %330 = "stablehlo.negate"(%329) : (tensor<f32>) -> tensor<f32>
    %331 = "stablehlo.divide"(%330, %324) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %332 = "stablehlo.broadcast_in_dim"(%331) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x4x8x8xf32>
    %333 = "stablehlo.negate"(%332) : (tensor<2x4x8x8xf32>) -> tensor<2x4x8x8xf32>
    %334 = "stablehlo.divide"(%333, %311) : (tensor<2x4x8x8xf32>, tensor<2x4x8x8xf32>) -> tensor<2x4x8x8xf32>
    %335 = "stablehlo.broadcast_in_dim"(%334) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<2x4x8x8xf32>) -> tensor<2x4x8x8x32xf32>
    %336 = "stablehlo.multiply"(%335, %309) : (tensor<2x4x8x8x32xf32>, tensor<2x4x8x8x32xf32>) -> tensor<2x4x8x8x32xf32>
    %337 = "stablehlo.broadcast_in_dim"(%332) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<2x4x8x8xf32>) -> tensor<2x4x8x8x32xf32>
    %338 = "stablehlo.multiply"(%337, %294) : (tensor<2x4x8x8x32xf32>, tensor<2x4x8x8x32xf32>) -> tensor<2x4x8x8x32xf32>
    %339 = "stablehlo.add"(%336, %338) : (tensor<2x4x8x8x32xf32>, tensor<2x4x8x8x32xf32>) -> tensor<2x4x8x8x32xf32>
    %340 = "stablehlo.reshape"(%339) : (tensor<2x4x8x8x32xf32>) -> tensor<2x256x32xf32>
    %341 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %342 = "stablehlo.reduce"(%340, %341) ({
    ^bb0(%343: tensor<f32>, %344: tensor<f32>):
        %345 = "stablehlo.add"(%343, %344) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%345) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<32xf32>
    %346 = "stablehlo.dot_general"(%340, %arg36) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x256x32xf32>, tensor<32x32xf32>) -> tensor<2x256x32xf32>
    %347 = "stablehlo.dot_general"(%340, %286) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<32x32xf32>
    %348 = "stablehlo.transpose"(%347) {permutation = array<i64: 1, 0>} : (tensor<32x32xf32>) -> tensor<32x32xf32>
    %349 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %350 = "stablehlo.reduce"(%346, %349) ({
    ^bb0(%351: tensor<f32>, %352: tensor<f32>):
        %353 = "stablehlo.add"(%351, %352) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%353) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x32xf32>
    %354 = "stablehlo.reshape"(%350) : (tensor<2x32xf32>) -> tensor<2x1x32xf32>
    %355 = "stablehlo.multiply"(%346, %283) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %356 = "stablehlo.multiply"(%346, %282) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %357 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %358 = "stablehlo.reduce"(%356, %357) ({
    ^bb0(%359: tensor<f32>, %360: tensor<f32>):
        %361 = "stablehlo.add"(%359, %360) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%361) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x32xf32>
    %362 = "stablehlo.reshape"(%358) : (tensor<2x32xf32>) -> tensor<2x1x32xf32>
    %363 = "stablehlo.multiply"(%355, %281) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %364 = "stablehlo.multiply"(%355, %278) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %365 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %366 = "stablehlo.reduce"(%364, %365) ({
    ^bb0(%367: tensor<f32>, %368: tensor<f32>):
        %369 = "stablehlo.add"(%367, %368) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%369) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x256xf32>
    %370 = "stablehlo.reshape"(%366) : (tensor<2x256xf32>) -> tensor<2x256x1xf32>
    %371 = "stablehlo.multiply"(%370, %280) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %372 = "stablehlo.constant"() {value = dense<-0.5> : tensor<2x256x1xf32>} : () -> tensor<2x256x1xf32>
    %373 = "stablehlo.multiply"(%371, %372) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %374 = "stablehlo.divide"(%373, %279) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %375 = "stablehlo.negate"(%363) : (tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %376 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %377 = "stablehlo.reduce"(%375, %376) ({
    ^bb0(%378: tensor<f32>, %379: tensor<f32>):
        %380 = "stablehlo.add"(%378, %379) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%380) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x256xf32>
    %381 = "stablehlo.reshape"(%377) : (tensor<2x256xf32>) -> tensor<2x256x1xf32>
    %382 = "stablehlo.negate"(%374) : (tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %383 = "stablehlo.multiply"(%382, %266) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %384 = "stablehlo.add"(%381, %383) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %385 = "stablehlo.add"(%384, %383) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %386 = "stablehlo.divide"(%374, %31) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %387 = "stablehlo.reshape"(%386) : (tensor<2x256x1xf32>) -> tensor<2x256xf32>
    %388 = "stablehlo.broadcast_in_dim"(%387) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x256xf32>) -> tensor<2x256x32xf32>
    %389 = "stablehlo.multiply"(%388, %254) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %390 = "stablehlo.add"(%363, %389) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %391 = "stablehlo.add"(%390, %389) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %392 = "stablehlo.divide"(%385, %31) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %393 = "stablehlo.reshape"(%392) : (tensor<2x256x1xf32>) -> tensor<2x256xf32>
    %394 = "stablehlo.broadcast_in_dim"(%393) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x256xf32>) -> tensor<2x256x32xf32>
    %395 = "stablehlo.add"(%391, %394) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %396 = "stablehlo.reshape"(%354) : (tensor<2x1x32xf32>) -> tensor<2x32xf32>
    %397 = "stablehlo.dot_general"(%396, %3) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<2x32xf32>, tensor<2x4xf32>) -> tensor<32x4xf32>
    %398 = "stablehlo.transpose"(%397) {permutation = array<i64: 1, 0>} : (tensor<32x4xf32>) -> tensor<4x32xf32>
    %399 = "stablehlo.reshape"(%362) : (tensor<2x1x32xf32>) -> tensor<2x32xf32>
    %400 = "stablehlo.dot_general"(%399, %3) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<2x32xf32>, tensor<2x4xf32>) -> tensor<32x4xf32>
    %401 = "stablehlo.transpose"(%400) {permutation = array<i64: 1, 0>} : (tensor<32x4xf32>) -> tensor<4x32xf32>
    %402 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %403 = "stablehlo.reduce"(%395, %402) ({
    ^bb0(%404: tensor<f32>, %405: tensor<f32>):
        %406 = "stablehlo.add"(%404, %405) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%406) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<32xf32>
    %407 = "stablehlo.dot_general"(%395, %arg32) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x256x32xf32>, tensor<64x32xf32>) -> tensor<2x256x64xf32>
    %408 = "stablehlo.dot_general"(%395, %250) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x256x32xf32>, tensor<2x256x64xf32>) -> tensor<32x64xf32>
    %409 = "stablehlo.transpose"(%408) {permutation = array<i64: 1, 0>} : (tensor<32x64xf32>) -> tensor<64x32xf32>
    %410 = "stablehlo.multiply"(%407, %249) : (tensor<2x256x64xf32>, tensor<2x256x64xf32>) -> tensor<2x256x64xf32>
    %411 = "stablehlo.multiply"(%407, %247) : (tensor<2x256x64xf32>, tensor<2x256x64xf32>) -> tensor<2x256x64xf32>
    %412 = "stablehlo.multiply"(%411, %249) : (tensor<2x256x64xf32>, tensor<2x256x64xf32>) -> tensor<2x256x64xf32>
    %413 = "stablehlo.constant"() {value = dense<1.0> : tensor<2x256x64xf32>} : () -> tensor<2x256x64xf32>
    %414 = "stablehlo.subtract"(%413, %249) : (tensor<2x256x64xf32>, tensor<2x256x64xf32>) -> tensor<2x256x64xf32>
    %415 = "stablehlo.multiply"(%412, %414) : (tensor<2x256x64xf32>, tensor<2x256x64xf32>) -> tensor<2x256x64xf32>
    %416 = "stablehlo.multiply"(%415, %135) : (tensor<2x256x64xf32>, tensor<2x256x64xf32>) -> tensor<2x256x64xf32>
    %417 = "stablehlo.add"(%410, %416) : (tensor<2x256x64xf32>, tensor<2x256x64xf32>) -> tensor<2x256x64xf32>
    %418 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %419 = "stablehlo.reduce"(%417, %418) ({
    ^bb0(%420: tensor<f32>, %421: tensor<f32>):
        %422 = "stablehlo.add"(%420, %421) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%422) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x256x64xf32>, tensor<f32>) -> tensor<64xf32>
    %423 = "stablehlo.dot_general"(%417, %arg30) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x256x64xf32>, tensor<32x64xf32>) -> tensor<2x256x32xf32>
    %424 = "stablehlo.dot_general"(%417, %244) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x256x64xf32>, tensor<2x256x32xf32>) -> tensor<64x32xf32>
    %425 = "stablehlo.transpose"(%424) {permutation = array<i64: 1, 0>} : (tensor<64x32xf32>) -> tensor<32x64xf32>
    %426 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %427 = "stablehlo.reduce"(%423, %426) ({
    ^bb0(%428: tensor<f32>, %429: tensor<f32>):
        %430 = "stablehlo.add"(%428, %429) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%430) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x32xf32>
    %431 = "stablehlo.reshape"(%427) : (tensor<2x32xf32>) -> tensor<2x1x32xf32>
    %432 = "stablehlo.multiply"(%423, %241) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %433 = "stablehlo.multiply"(%423, %240) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %434 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %435 = "stablehlo.reduce"(%433, %434) ({
    ^bb0(%436: tensor<f32>, %437: tensor<f32>):
        %438 = "stablehlo.add"(%436, %437) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%438) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x32xf32>
    %439 = "stablehlo.reshape"(%435) : (tensor<2x32xf32>) -> tensor<2x1x32xf32>
    %440 = "stablehlo.multiply"(%432, %239) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %441 = "stablehlo.multiply"(%432, %236) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %442 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %443 = "stablehlo.reduce"(%441, %442) ({
    ^bb0(%444: tensor<f32>, %445: tensor<f32>):
        %446 = "stablehlo.add"(%444, %445) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%446) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x256xf32>
    %447 = "stablehlo.reshape"(%443) : (tensor<2x256xf32>) -> tensor<2x256x1xf32>
    %448 = "stablehlo.multiply"(%447, %238) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %449 = "stablehlo.multiply"(%448, %372) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %450 = "stablehlo.divide"(%449, %237) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %451 = "stablehlo.negate"(%440) : (tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %452 = "stablehlo.add"(%395, %440) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %453 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %454 = "stablehlo.reduce"(%451, %453) ({
    ^bb0(%455: tensor<f32>, %456: tensor<f32>):
        %457 = "stablehlo.add"(%455, %456) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%457) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x256xf32>
    %458 = "stablehlo.reshape"(%454) : (tensor<2x256xf32>) -> tensor<2x256x1xf32>
    %459 = "stablehlo.negate"(%450) : (tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %460 = "stablehlo.multiply"(%459, %224) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %461 = "stablehlo.add"(%458, %460) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %462 = "stablehlo.add"(%461, %460) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %463 = "stablehlo.divide"(%450, %31) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %464 = "stablehlo.reshape"(%463) : (tensor<2x256x1xf32>) -> tensor<2x256xf32>
    %465 = "stablehlo.broadcast_in_dim"(%464) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x256xf32>) -> tensor<2x256x32xf32>
    %466 = "stablehlo.multiply"(%465, %212) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %467 = "stablehlo.add"(%452, %466) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %468 = "stablehlo.add"(%467, %466) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %469 = "stablehlo.divide"(%462, %31) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %470 = "stablehlo.reshape"(%469) : (tensor<2x256x1xf32>) -> tensor<2x256xf32>
    %471 = "stablehlo.broadcast_in_dim"(%470) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x256xf32>) -> tensor<2x256x32xf32>
    %472 = "stablehlo.add"(%468, %471) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %473 = "stablehlo.reshape"(%431) : (tensor<2x1x32xf32>) -> tensor<2x32xf32>
    %474 = "stablehlo.dot_general"(%473, %3) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<2x32xf32>, tensor<2x4xf32>) -> tensor<32x4xf32>
    %475 = "stablehlo.transpose"(%474) {permutation = array<i64: 1, 0>} : (tensor<32x4xf32>) -> tensor<4x32xf32>
    %476 = "stablehlo.reshape"(%439) : (tensor<2x1x32xf32>) -> tensor<2x32xf32>
    %477 = "stablehlo.dot_general"(%476, %3) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<2x32xf32>, tensor<2x4xf32>) -> tensor<32x4xf32>
    %478 = "stablehlo.transpose"(%477) {permutation = array<i64: 1, 0>} : (tensor<32x4xf32>) -> tensor<4x32xf32>
    %479 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %480 = "stablehlo.reduce"(%472, %479) ({
    ^bb0(%481: tensor<f32>, %482: tensor<f32>):
        %483 = "stablehlo.add"(%481, %482) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%483) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<32xf32>
    %484 = "stablehlo.dot_general"(%472, %arg26) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x256x32xf32>, tensor<32x32xf32>) -> tensor<2x256x32xf32>
    %485 = "stablehlo.dot_general"(%472, %208) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<32x32xf32>
    %486 = "stablehlo.transpose"(%485) {permutation = array<i64: 1, 0>} : (tensor<32x32xf32>) -> tensor<32x32xf32>
    %487 = "stablehlo.reshape"(%484) : (tensor<2x256x32xf32>) -> tensor<2x256x2x16xf32>
    %488 = "stablehlo.transpose"(%487) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x256x2x16xf32>) -> tensor<2x2x256x16xf32>
    %489 = "stablehlo.slice"(%488) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 2, 2, 256, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x2x256x16xf32>) -> tensor<2x2x256x16xf32>
    %490 = "stablehlo.dot_general"(%489, %204) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<2x2x256x16xf32>, tensor<2x256x2x16xf32>) -> tensor<2x2x256x256xf32>
    %491 = "stablehlo.dot_general"(%489, %203) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<2x2x256x16xf32>, tensor<2x2x256x256xf32>) -> tensor<2x2x16x256xf32>
    %492 = "stablehlo.transpose"(%491) {permutation = array<i64: 0, 3, 1, 2>} : (tensor<2x2x16x256xf32>) -> tensor<2x256x2x16xf32>
    %493 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %494 = "stablehlo.pad"(%492, %493) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x256x2x16xf32>, tensor<f32>) -> tensor<2x256x2x16xf32>
    %495 = "stablehlo.divide"(%490, %202) : (tensor<2x2x256x256xf32>, tensor<2x2x256x256xf32>) -> tensor<2x2x256x256xf32>
    %496 = "stablehlo.multiply"(%490, %203) : (tensor<2x2x256x256xf32>, tensor<2x2x256x256xf32>) -> tensor<2x2x256x256xf32>
    %497 = "stablehlo.divide"(%496, %202) : (tensor<2x2x256x256xf32>, tensor<2x2x256x256xf32>) -> tensor<2x2x256x256xf32>
    %498 = "stablehlo.negate"(%497) : (tensor<2x2x256x256xf32>) -> tensor<2x2x256x256xf32>
    %499 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %500 = "stablehlo.reduce"(%498, %499) ({
    ^bb0(%501: tensor<f32>, %502: tensor<f32>):
        %503 = "stablehlo.add"(%501, %502) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%503) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x2x256x256xf32>, tensor<f32>) -> tensor<2x2x256xf32>
    %504 = "stablehlo.reshape"(%500) : (tensor<2x2x256xf32>) -> tensor<2x2x256x1xf32>
    %505 = "stablehlo.reshape"(%504) : (tensor<2x2x256x1xf32>) -> tensor<2x2x256xf32>
    %506 = "stablehlo.broadcast_in_dim"(%505) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x2x256xf32>) -> tensor<2x2x256x256xf32>
    %507 = "stablehlo.add"(%495, %506) : (tensor<2x2x256x256xf32>, tensor<2x2x256x256xf32>) -> tensor<2x2x256x256xf32>
    %508 = "stablehlo.multiply"(%507, %195) : (tensor<2x2x256x256xf32>, tensor<2x2x256x256xf32>) -> tensor<2x2x256x256xf32>
    %509 = "stablehlo.constant"() {value = dense<0.0> : tensor<2x2x256x256xf32>} : () -> tensor<2x2x256x256xf32>
    %510 = "stablehlo.select"(%72, %508, %509) : (tensor<2x2x256x256xi1>, tensor<2x2x256x256xf32>, tensor<2x2x256x256xf32>) -> tensor<2x2x256x256xf32>
    %511 = "stablehlo.dot_general"(%510, %184) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<2x2x256x256xf32>, tensor<2x256x2x16xf32>) -> tensor<2x2x256x16xf32>
    %512 = "stablehlo.transpose"(%511) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x2x256x16xf32>) -> tensor<2x256x2x16xf32>
    %513 = "stablehlo.dot_general"(%510, %183) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x2x256x256xf32>, tensor<2x256x2x16xf32>) -> tensor<2x2x256x16xf32>
    %514 = "stablehlo.transpose"(%513) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x2x256x16xf32>) -> tensor<2x256x2x16xf32>
    %515 = "stablehlo.pad"(%514, %493) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x256x2x16xf32>, tensor<f32>) -> tensor<2x256x2x16xf32>
    %516 = "stablehlo.pad"(%512, %493) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x256x2x16xf32>, tensor<f32>) -> tensor<2x256x2x16xf32>
    %517 = "stablehlo.divide"(%516, %61) : (tensor<2x256x2x16xf32>, tensor<2x256x2x16xf32>) -> tensor<2x256x2x16xf32>
    %518 = "stablehlo.pad"(%494, %493) {edge_padding_low = array<i64: 0, 0, 0, 32>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x256x2x16xf32>, tensor<f32>) -> tensor<2x256x2x48xf32>
    %519 = "stablehlo.pad"(%515, %493) {edge_padding_low = array<i64: 0, 0, 0, 16>, edge_padding_high = array<i64: 0, 0, 0, 16>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x256x2x16xf32>, tensor<f32>) -> tensor<2x256x2x48xf32>
    %520 = "stablehlo.add"(%518, %519) : (tensor<2x256x2x48xf32>, tensor<2x256x2x48xf32>) -> tensor<2x256x2x48xf32>
    %521 = "stablehlo.pad"(%517, %493) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 0, 32>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x256x2x16xf32>, tensor<f32>) -> tensor<2x256x2x48xf32>
    %522 = "stablehlo.add"(%520, %521) : (tensor<2x256x2x48xf32>, tensor<2x256x2x48xf32>) -> tensor<2x256x2x48xf32>
    %523 = "stablehlo.reshape"(%522) : (tensor<2x256x2x48xf32>) -> tensor<2x256x96xf32>
    %524 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %525 = "stablehlo.reduce"(%523, %524) ({
    ^bb0(%526: tensor<f32>, %527: tensor<f32>):
        %528 = "stablehlo.add"(%526, %527) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%528) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x256x96xf32>, tensor<f32>) -> tensor<96xf32>
    %529 = "stablehlo.dot_general"(%523, %arg24) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x256x96xf32>, tensor<32x96xf32>) -> tensor<2x256x32xf32>
    %530 = "stablehlo.dot_general"(%523, %174) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x256x96xf32>, tensor<2x256x32xf32>) -> tensor<96x32xf32>
    %531 = "stablehlo.transpose"(%530) {permutation = array<i64: 1, 0>} : (tensor<96x32xf32>) -> tensor<32x96xf32>
    %532 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %533 = "stablehlo.reduce"(%529, %532) ({
    ^bb0(%534: tensor<f32>, %535: tensor<f32>):
        %536 = "stablehlo.add"(%534, %535) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%536) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x32xf32>
    %537 = "stablehlo.reshape"(%533) : (tensor<2x32xf32>) -> tensor<2x1x32xf32>
    %538 = "stablehlo.multiply"(%529, %171) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %539 = "stablehlo.multiply"(%529, %170) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %540 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %541 = "stablehlo.reduce"(%539, %540) ({
    ^bb0(%542: tensor<f32>, %543: tensor<f32>):
        %544 = "stablehlo.add"(%542, %543) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%544) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x32xf32>
    %545 = "stablehlo.reshape"(%541) : (tensor<2x32xf32>) -> tensor<2x1x32xf32>
    %546 = "stablehlo.multiply"(%538, %169) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %547 = "stablehlo.multiply"(%538, %166) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %548 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %549 = "stablehlo.reduce"(%547, %548) ({
    ^bb0(%550: tensor<f32>, %551: tensor<f32>):
        %552 = "stablehlo.add"(%550, %551) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%552) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x256xf32>
    %553 = "stablehlo.reshape"(%549) : (tensor<2x256xf32>) -> tensor<2x256x1xf32>
    %554 = "stablehlo.multiply"(%553, %168) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %555 = "stablehlo.multiply"(%554, %372) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %556 = "stablehlo.divide"(%555, %167) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %557 = "stablehlo.negate"(%546) : (tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %558 = "stablehlo.add"(%472, %546) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %559 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %560 = "stablehlo.reduce"(%557, %559) ({
    ^bb0(%561: tensor<f32>, %562: tensor<f32>):
        %563 = "stablehlo.add"(%561, %562) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%563) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x256xf32>
    %564 = "stablehlo.reshape"(%560) : (tensor<2x256xf32>) -> tensor<2x256x1xf32>
    %565 = "stablehlo.negate"(%556) : (tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %566 = "stablehlo.multiply"(%565, %154) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %567 = "stablehlo.add"(%564, %566) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %568 = "stablehlo.add"(%567, %566) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %569 = "stablehlo.divide"(%556, %31) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %570 = "stablehlo.reshape"(%569) : (tensor<2x256x1xf32>) -> tensor<2x256xf32>
    %571 = "stablehlo.broadcast_in_dim"(%570) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x256xf32>) -> tensor<2x256x32xf32>
    %572 = "stablehlo.multiply"(%571, %142) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %573 = "stablehlo.add"(%558, %572) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %574 = "stablehlo.add"(%573, %572) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %575 = "stablehlo.divide"(%568, %31) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %576 = "stablehlo.reshape"(%575) : (tensor<2x256x1xf32>) -> tensor<2x256xf32>
    %577 = "stablehlo.broadcast_in_dim"(%576) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x256xf32>) -> tensor<2x256x32xf32>
    %578 = "stablehlo.add"(%574, %577) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %579 = "stablehlo.reshape"(%537) : (tensor<2x1x32xf32>) -> tensor<2x32xf32>
    %580 = "stablehlo.dot_general"(%579, %3) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<2x32xf32>, tensor<2x4xf32>) -> tensor<32x4xf32>
    %581 = "stablehlo.transpose"(%580) {permutation = array<i64: 1, 0>} : (tensor<32x4xf32>) -> tensor<4x32xf32>
    %582 = "stablehlo.reshape"(%545) : (tensor<2x1x32xf32>) -> tensor<2x32xf32>
    %583 = "stablehlo.dot_general"(%582, %3) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<2x32xf32>, tensor<2x4xf32>) -> tensor<32x4xf32>
    %584 = "stablehlo.transpose"(%583) {permutation = array<i64: 1, 0>} : (tensor<32x4xf32>) -> tensor<4x32xf32>
    %585 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %586 = "stablehlo.reduce"(%578, %585) ({
    ^bb0(%587: tensor<f32>, %588: tensor<f32>):
        %589 = "stablehlo.add"(%587, %588) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%589) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<32xf32>
    %590 = "stablehlo.dot_general"(%578, %arg20) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x256x32xf32>, tensor<64x32xf32>) -> tensor<2x256x64xf32>
    %591 = "stablehlo.dot_general"(%578, %138) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x256x32xf32>, tensor<2x256x64xf32>) -> tensor<32x64xf32>
    %592 = "stablehlo.transpose"(%591) {permutation = array<i64: 1, 0>} : (tensor<32x64xf32>) -> tensor<64x32xf32>
    %593 = "stablehlo.multiply"(%590, %137) : (tensor<2x256x64xf32>, tensor<2x256x64xf32>) -> tensor<2x256x64xf32>
    %594 = "stablehlo.multiply"(%590, %134) : (tensor<2x256x64xf32>, tensor<2x256x64xf32>) -> tensor<2x256x64xf32>
    %595 = "stablehlo.multiply"(%594, %137) : (tensor<2x256x64xf32>, tensor<2x256x64xf32>) -> tensor<2x256x64xf32>
    %596 = "stablehlo.subtract"(%413, %137) : (tensor<2x256x64xf32>, tensor<2x256x64xf32>) -> tensor<2x256x64xf32>
    %597 = "stablehlo.multiply"(%595, %596) : (tensor<2x256x64xf32>, tensor<2x256x64xf32>) -> tensor<2x256x64xf32>
    %598 = "stablehlo.multiply"(%597, %135) : (tensor<2x256x64xf32>, tensor<2x256x64xf32>) -> tensor<2x256x64xf32>
    %599 = "stablehlo.add"(%593, %598) : (tensor<2x256x64xf32>, tensor<2x256x64xf32>) -> tensor<2x256x64xf32>
    %600 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %601 = "stablehlo.reduce"(%599, %600) ({
    ^bb0(%602: tensor<f32>, %603: tensor<f32>):
        %604 = "stablehlo.add"(%602, %603) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%604) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x256x64xf32>, tensor<f32>) -> tensor<64xf32>
    %605 = "stablehlo.dot_general"(%599, %arg18) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x256x64xf32>, tensor<32x64xf32>) -> tensor<2x256x32xf32>
    %606 = "stablehlo.dot_general"(%599, %131) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x256x64xf32>, tensor<2x256x32xf32>) -> tensor<64x32xf32>
    %607 = "stablehlo.transpose"(%606) {permutation = array<i64: 1, 0>} : (tensor<64x32xf32>) -> tensor<32x64xf32>
    %608 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %609 = "stablehlo.reduce"(%605, %608) ({
    ^bb0(%610: tensor<f32>, %611: tensor<f32>):
        %612 = "stablehlo.add"(%610, %611) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%612) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x32xf32>
    %613 = "stablehlo.reshape"(%609) : (tensor<2x32xf32>) -> tensor<2x1x32xf32>
    %614 = "stablehlo.multiply"(%605, %128) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %615 = "stablehlo.multiply"(%605, %127) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %616 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %617 = "stablehlo.reduce"(%615, %616) ({
    ^bb0(%618: tensor<f32>, %619: tensor<f32>):
        %620 = "stablehlo.add"(%618, %619) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%620) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x32xf32>
    %621 = "stablehlo.reshape"(%617) : (tensor<2x32xf32>) -> tensor<2x1x32xf32>
    %622 = "stablehlo.multiply"(%614, %126) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %623 = "stablehlo.multiply"(%614, %123) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %624 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %625 = "stablehlo.reduce"(%623, %624) ({
    ^bb0(%626: tensor<f32>, %627: tensor<f32>):
        %628 = "stablehlo.add"(%626, %627) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%628) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x256xf32>
    %629 = "stablehlo.reshape"(%625) : (tensor<2x256xf32>) -> tensor<2x256x1xf32>
    %630 = "stablehlo.multiply"(%629, %125) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %631 = "stablehlo.multiply"(%630, %372) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %632 = "stablehlo.divide"(%631, %124) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %633 = "stablehlo.negate"(%622) : (tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %634 = "stablehlo.add"(%578, %622) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %635 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %636 = "stablehlo.reduce"(%633, %635) ({
    ^bb0(%637: tensor<f32>, %638: tensor<f32>):
        %639 = "stablehlo.add"(%637, %638) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%639) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x256xf32>
    %640 = "stablehlo.reshape"(%636) : (tensor<2x256xf32>) -> tensor<2x256x1xf32>
    %641 = "stablehlo.negate"(%632) : (tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %642 = "stablehlo.multiply"(%641, %111) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %643 = "stablehlo.add"(%640, %642) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %644 = "stablehlo.add"(%643, %642) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %645 = "stablehlo.divide"(%632, %31) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %646 = "stablehlo.reshape"(%645) : (tensor<2x256x1xf32>) -> tensor<2x256xf32>
    %647 = "stablehlo.broadcast_in_dim"(%646) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x256xf32>) -> tensor<2x256x32xf32>
    %648 = "stablehlo.multiply"(%647, %99) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %649 = "stablehlo.add"(%634, %648) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %650 = "stablehlo.add"(%649, %648) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %651 = "stablehlo.divide"(%644, %31) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %652 = "stablehlo.reshape"(%651) : (tensor<2x256x1xf32>) -> tensor<2x256xf32>
    %653 = "stablehlo.broadcast_in_dim"(%652) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x256xf32>) -> tensor<2x256x32xf32>
    %654 = "stablehlo.add"(%650, %653) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %655 = "stablehlo.reshape"(%613) : (tensor<2x1x32xf32>) -> tensor<2x32xf32>
    %656 = "stablehlo.dot_general"(%655, %3) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<2x32xf32>, tensor<2x4xf32>) -> tensor<32x4xf32>
    %657 = "stablehlo.transpose"(%656) {permutation = array<i64: 1, 0>} : (tensor<32x4xf32>) -> tensor<4x32xf32>
    %658 = "stablehlo.reshape"(%621) : (tensor<2x1x32xf32>) -> tensor<2x32xf32>
    %659 = "stablehlo.dot_general"(%658, %3) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<2x32xf32>, tensor<2x4xf32>) -> tensor<32x4xf32>
    %660 = "stablehlo.transpose"(%659) {permutation = array<i64: 1, 0>} : (tensor<32x4xf32>) -> tensor<4x32xf32>
    %661 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %662 = "stablehlo.reduce"(%654, %661) ({
    ^bb0(%663: tensor<f32>, %664: tensor<f32>):
        %665 = "stablehlo.add"(%663, %664) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%665) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<32xf32>
    %666 = "stablehlo.dot_general"(%654, %arg14) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x256x32xf32>, tensor<32x32xf32>) -> tensor<2x256x32xf32>
    %667 = "stablehlo.dot_general"(%654, %95) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<32x32xf32>
    %668 = "stablehlo.transpose"(%667) {permutation = array<i64: 1, 0>} : (tensor<32x32xf32>) -> tensor<32x32xf32>
    %669 = "stablehlo.reshape"(%666) : (tensor<2x256x32xf32>) -> tensor<2x256x2x16xf32>
    %670 = "stablehlo.transpose"(%669) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x256x2x16xf32>) -> tensor<2x2x256x16xf32>
    %671 = "stablehlo.slice"(%670) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 2, 2, 256, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x2x256x16xf32>) -> tensor<2x2x256x16xf32>
    %672 = "stablehlo.dot_general"(%671, %91) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<2x2x256x16xf32>, tensor<2x256x2x16xf32>) -> tensor<2x2x256x256xf32>
    %673 = "stablehlo.dot_general"(%671, %90) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<2x2x256x16xf32>, tensor<2x2x256x256xf32>) -> tensor<2x2x16x256xf32>
    %674 = "stablehlo.transpose"(%673) {permutation = array<i64: 0, 3, 1, 2>} : (tensor<2x2x16x256xf32>) -> tensor<2x256x2x16xf32>
    %675 = "stablehlo.pad"(%674, %493) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x256x2x16xf32>, tensor<f32>) -> tensor<2x256x2x16xf32>
    %676 = "stablehlo.divide"(%672, %89) : (tensor<2x2x256x256xf32>, tensor<2x2x256x256xf32>) -> tensor<2x2x256x256xf32>
    %677 = "stablehlo.multiply"(%672, %90) : (tensor<2x2x256x256xf32>, tensor<2x2x256x256xf32>) -> tensor<2x2x256x256xf32>
    %678 = "stablehlo.divide"(%677, %89) : (tensor<2x2x256x256xf32>, tensor<2x2x256x256xf32>) -> tensor<2x2x256x256xf32>
    %679 = "stablehlo.negate"(%678) : (tensor<2x2x256x256xf32>) -> tensor<2x2x256x256xf32>
    %680 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %681 = "stablehlo.reduce"(%679, %680) ({
    ^bb0(%682: tensor<f32>, %683: tensor<f32>):
        %684 = "stablehlo.add"(%682, %683) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%684) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x2x256x256xf32>, tensor<f32>) -> tensor<2x2x256xf32>
    %685 = "stablehlo.reshape"(%681) : (tensor<2x2x256xf32>) -> tensor<2x2x256x1xf32>
    %686 = "stablehlo.reshape"(%685) : (tensor<2x2x256x1xf32>) -> tensor<2x2x256xf32>
    %687 = "stablehlo.broadcast_in_dim"(%686) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x2x256xf32>) -> tensor<2x2x256x256xf32>
    %688 = "stablehlo.add"(%676, %687) : (tensor<2x2x256x256xf32>, tensor<2x2x256x256xf32>) -> tensor<2x2x256x256xf32>
    %689 = "stablehlo.multiply"(%688, %82) : (tensor<2x2x256x256xf32>, tensor<2x2x256x256xf32>) -> tensor<2x2x256x256xf32>
    %690 = "stablehlo.select"(%72, %689, %509) : (tensor<2x2x256x256xi1>, tensor<2x2x256x256xf32>, tensor<2x2x256x256xf32>) -> tensor<2x2x256x256xf32>
    %691 = "stablehlo.dot_general"(%690, %64) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<2x2x256x256xf32>, tensor<2x256x2x16xf32>) -> tensor<2x2x256x16xf32>
    %692 = "stablehlo.transpose"(%691) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x2x256x16xf32>) -> tensor<2x256x2x16xf32>
    %693 = "stablehlo.dot_general"(%690, %63) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x2x256x256xf32>, tensor<2x256x2x16xf32>) -> tensor<2x2x256x16xf32>
    %694 = "stablehlo.transpose"(%693) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x2x256x16xf32>) -> tensor<2x256x2x16xf32>
    %695 = "stablehlo.pad"(%694, %493) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x256x2x16xf32>, tensor<f32>) -> tensor<2x256x2x16xf32>
    %696 = "stablehlo.pad"(%692, %493) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x256x2x16xf32>, tensor<f32>) -> tensor<2x256x2x16xf32>
    %697 = "stablehlo.divide"(%696, %61) : (tensor<2x256x2x16xf32>, tensor<2x256x2x16xf32>) -> tensor<2x256x2x16xf32>
    %698 = "stablehlo.pad"(%675, %493) {edge_padding_low = array<i64: 0, 0, 0, 32>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x256x2x16xf32>, tensor<f32>) -> tensor<2x256x2x48xf32>
    %699 = "stablehlo.pad"(%695, %493) {edge_padding_low = array<i64: 0, 0, 0, 16>, edge_padding_high = array<i64: 0, 0, 0, 16>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x256x2x16xf32>, tensor<f32>) -> tensor<2x256x2x48xf32>
    %700 = "stablehlo.add"(%698, %699) : (tensor<2x256x2x48xf32>, tensor<2x256x2x48xf32>) -> tensor<2x256x2x48xf32>
    %701 = "stablehlo.pad"(%697, %493) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 0, 32>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x256x2x16xf32>, tensor<f32>) -> tensor<2x256x2x48xf32>
    %702 = "stablehlo.add"(%700, %701) : (tensor<2x256x2x48xf32>, tensor<2x256x2x48xf32>) -> tensor<2x256x2x48xf32>
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
    %735 = "stablehlo.multiply"(%734, %372) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %736 = "stablehlo.divide"(%735, %46) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %737 = "stablehlo.negate"(%726) : (tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %738 = "stablehlo.add"(%654, %726) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
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
    %791 = "stablehlo.pad"(%790, %493) {edge_padding_low = array<i64: 0, 0, 0>, edge_padding_high = array<i64: 0, 1, 0>, interior_padding = array<i64: 0, 0, 0>} : (tensor<2x255x32xf32>, tensor<f32>) -> tensor<2x256x32xf32>
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
    %881 = "stablehlo.multiply"(%668, %668) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %882 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %883 = "stablehlo.reduce"(%881, %882) ({
    ^bb0(%884: tensor<f32>, %885: tensor<f32>):
        %886 = "stablehlo.add"(%884, %885) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%886) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x32xf32>, tensor<f32>) -> tensor<f32>
    %887 = "stablehlo.add"(%880, %883) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %888 = "stablehlo.multiply"(%662, %662) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %889 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %890 = "stablehlo.reduce"(%888, %889) ({
    ^bb0(%891: tensor<f32>, %892: tensor<f32>):
        %893 = "stablehlo.add"(%891, %892) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%893) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %894 = "stablehlo.add"(%887, %890) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %895 = "stablehlo.multiply"(%660, %660) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %896 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %897 = "stablehlo.reduce"(%895, %896) ({
    ^bb0(%898: tensor<f32>, %899: tensor<f32>):
        %900 = "stablehlo.add"(%898, %899) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%900) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<4x32xf32>, tensor<f32>) -> tensor<f32>
    %901 = "stablehlo.add"(%894, %897) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %902 = "stablehlo.multiply"(%657, %657) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %903 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %904 = "stablehlo.reduce"(%902, %903) ({
    ^bb0(%905: tensor<f32>, %906: tensor<f32>):
        %907 = "stablehlo.add"(%905, %906) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%907) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<4x32xf32>, tensor<f32>) -> tensor<f32>
    %908 = "stablehlo.add"(%901, %904) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %909 = "stablehlo.multiply"(%607, %607) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %910 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %911 = "stablehlo.reduce"(%909, %910) ({
    ^bb0(%912: tensor<f32>, %913: tensor<f32>):
        %914 = "stablehlo.add"(%912, %913) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%914) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x64xf32>, tensor<f32>) -> tensor<f32>
    %915 = "stablehlo.add"(%908, %911) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %916 = "stablehlo.multiply"(%601, %601) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %917 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %918 = "stablehlo.reduce"(%916, %917) ({
    ^bb0(%919: tensor<f32>, %920: tensor<f32>):
        %921 = "stablehlo.add"(%919, %920) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%921) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %922 = "stablehlo.add"(%915, %918) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %923 = "stablehlo.multiply"(%592, %592) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %924 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %925 = "stablehlo.reduce"(%923, %924) ({
    ^bb0(%926: tensor<f32>, %927: tensor<f32>):
        %928 = "stablehlo.add"(%926, %927) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%928) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<64x32xf32>, tensor<f32>) -> tensor<f32>
    %929 = "stablehlo.add"(%922, %925) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %930 = "stablehlo.multiply"(%586, %586) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %931 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %932 = "stablehlo.reduce"(%930, %931) ({
    ^bb0(%933: tensor<f32>, %934: tensor<f32>):
        %935 = "stablehlo.add"(%933, %934) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%935) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %936 = "stablehlo.add"(%929, %932) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %937 = "stablehlo.multiply"(%584, %584) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %938 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %939 = "stablehlo.reduce"(%937, %938) ({
    ^bb0(%940: tensor<f32>, %941: tensor<f32>):
        %942 = "stablehlo.add"(%940, %941) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%942) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<4x32xf32>, tensor<f32>) -> tensor<f32>
    %943 = "stablehlo.add"(%936, %939) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %944 = "stablehlo.multiply"(%581, %581) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %945 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %946 = "stablehlo.reduce"(%944, %945) ({
    ^bb0(%947: tensor<f32>, %948: tensor<f32>):
        %949 = "stablehlo.add"(%947, %948) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%949) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<4x32xf32>, tensor<f32>) -> tensor<f32>
    %950 = "stablehlo.add"(%943, %946) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %951 = "stablehlo.multiply"(%531, %531) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %952 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %953 = "stablehlo.reduce"(%951, %952) ({
    ^bb0(%954: tensor<f32>, %955: tensor<f32>):
        %956 = "stablehlo.add"(%954, %955) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%956) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x96xf32>, tensor<f32>) -> tensor<f32>
    %957 = "stablehlo.add"(%950, %953) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %958 = "stablehlo.multiply"(%525, %525) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %959 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %960 = "stablehlo.reduce"(%958, %959) ({
    ^bb0(%961: tensor<f32>, %962: tensor<f32>):
        %963 = "stablehlo.add"(%961, %962) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%963) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<96xf32>, tensor<f32>) -> tensor<f32>
    %964 = "stablehlo.add"(%957, %960) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %965 = "stablehlo.multiply"(%486, %486) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %966 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %967 = "stablehlo.reduce"(%965, %966) ({
    ^bb0(%968: tensor<f32>, %969: tensor<f32>):
        %970 = "stablehlo.add"(%968, %969) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%970) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x32xf32>, tensor<f32>) -> tensor<f32>
    %971 = "stablehlo.add"(%964, %967) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %972 = "stablehlo.multiply"(%480, %480) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %973 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %974 = "stablehlo.reduce"(%972, %973) ({
    ^bb0(%975: tensor<f32>, %976: tensor<f32>):
        %977 = "stablehlo.add"(%975, %976) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%977) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %978 = "stablehlo.add"(%971, %974) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %979 = "stablehlo.multiply"(%478, %478) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %980 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %981 = "stablehlo.reduce"(%979, %980) ({
    ^bb0(%982: tensor<f32>, %983: tensor<f32>):
        %984 = "stablehlo.add"(%982, %983) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%984) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<4x32xf32>, tensor<f32>) -> tensor<f32>
    %985 = "stablehlo.add"(%978, %981) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %986 = "stablehlo.multiply"(%475, %475) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %987 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %988 = "stablehlo.reduce"(%986, %987) ({
    ^bb0(%989: tensor<f32>, %990: tensor<f32>):
        %991 = "stablehlo.add"(%989, %990) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%991) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<4x32xf32>, tensor<f32>) -> tensor<f32>
    %992 = "stablehlo.add"(%985, %988) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %993 = "stablehlo.multiply"(%425, %425) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %994 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %995 = "stablehlo.reduce"(%993, %994) ({
    ^bb0(%996: tensor<f32>, %997: tensor<f32>):
        %998 = "stablehlo.add"(%996, %997) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%998) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x64xf32>, tensor<f32>) -> tensor<f32>
    %999 = "stablehlo.add"(%992, %995) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1000 = "stablehlo.multiply"(%419, %419) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1001 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1002 = "stablehlo.reduce"(%1000, %1001) ({
    ^bb0(%1003: tensor<f32>, %1004: tensor<f32>):
        %1005 = "stablehlo.add"(%1003, %1004) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1005) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1006 = "stablehlo.add"(%999, %1002) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1007 = "stablehlo.multiply"(%409, %409) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1008 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1009 = "stablehlo.reduce"(%1007, %1008) ({
    ^bb0(%1010: tensor<f32>, %1011: tensor<f32>):
        %1012 = "stablehlo.add"(%1010, %1011) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1012) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<64x32xf32>, tensor<f32>) -> tensor<f32>
    %1013 = "stablehlo.add"(%1006, %1009) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1014 = "stablehlo.multiply"(%403, %403) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1015 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1016 = "stablehlo.reduce"(%1014, %1015) ({
    ^bb0(%1017: tensor<f32>, %1018: tensor<f32>):
        %1019 = "stablehlo.add"(%1017, %1018) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1019) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %1020 = "stablehlo.add"(%1013, %1016) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1021 = "stablehlo.multiply"(%401, %401) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1022 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1023 = "stablehlo.reduce"(%1021, %1022) ({
    ^bb0(%1024: tensor<f32>, %1025: tensor<f32>):
        %1026 = "stablehlo.add"(%1024, %1025) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1026) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<4x32xf32>, tensor<f32>) -> tensor<f32>
    %1027 = "stablehlo.add"(%1020, %1023) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1028 = "stablehlo.multiply"(%398, %398) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1029 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1030 = "stablehlo.reduce"(%1028, %1029) ({
    ^bb0(%1031: tensor<f32>, %1032: tensor<f32>):
        %1033 = "stablehlo.add"(%1031, %1032) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1033) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<4x32xf32>, tensor<f32>) -> tensor<f32>
    %1034 = "stablehlo.add"(%1027, %1030) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1035 = "stablehlo.multiply"(%348, %348) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1036 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1037 = "stablehlo.reduce"(%1035, %1036) ({
    ^bb0(%1038: tensor<f32>, %1039: tensor<f32>):
        %1040 = "stablehlo.add"(%1038, %1039) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1040) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x32xf32>, tensor<f32>) -> tensor<f32>
    %1041 = "stablehlo.add"(%1034, %1037) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1042 = "stablehlo.multiply"(%342, %342) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
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
    %1070 = "stablehlo.subtract"(%329, %1069) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1071 = "stablehlo.constant"() {value = dense<0.999> : tensor<f32>} : () -> tensor<f32>
    %1072 = "stablehlo.power"(%1071, %1057) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1073 = "stablehlo.subtract"(%329, %1072) : (tensor<f32>, tensor<f32>) -> tensor<f32>
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
    %1091 = "stablehlo.select"(%1089, %493, %1090) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %1092 = "stablehlo.subtract"(%329, %1091) : (tensor<f32>, tensor<f32>) -> tensor<f32>
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
    %1340 = "stablehlo.multiply"(%668, %1339) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
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
    %1367 = "stablehlo.multiply"(%662, %1100) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
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
    %1385 = "stablehlo.multiply"(%660, %1234) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
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
    %1403 = "stablehlo.multiply"(%657, %1234) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
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
    %1423 = "stablehlo.multiply"(%607, %1422) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
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
    %1452 = "stablehlo.multiply"(%601, %1451) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
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
    %1481 = "stablehlo.multiply"(%592, %1480) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
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
    %1508 = "stablehlo.multiply"(%586, %1100) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
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
    %1526 = "stablehlo.multiply"(%584, %1234) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
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
    %1544 = "stablehlo.multiply"(%581, %1234) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
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
    %1562 = "stablehlo.multiply"(%531, %1281) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
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
    %1580 = "stablehlo.multiply"(%525, %1310) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
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
    %1598 = "stablehlo.multiply"(%486, %1339) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
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
    %1616 = "stablehlo.multiply"(%480, %1100) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
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
    %1634 = "stablehlo.multiply"(%478, %1234) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
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
    %1652 = "stablehlo.multiply"(%475, %1234) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
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
    %1670 = "stablehlo.multiply"(%425, %1422) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
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
    %1688 = "stablehlo.multiply"(%419, %1451) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
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
    %1706 = "stablehlo.multiply"(%409, %1480) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
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
    %1724 = "stablehlo.multiply"(%403, %1100) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
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
    %1742 = "stablehlo.multiply"(%401, %1234) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
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
    %1760 = "stablehlo.multiply"(%398, %1234) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
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
    %1778 = "stablehlo.multiply"(%348, %1339) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
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
    %1796 = "stablehlo.multiply"(%342, %1100) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
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
    %1813 = "stablehlo.reshape"(%326) : (tensor<f32>) -> tensor<1xf32>
    %1814 = "stablehlo.reshape"(%328) : (tensor<f32>) -> tensor<1xf32>
    %1815 = "stablehlo.reshape"(%1049) : (tensor<f32>) -> tensor<1xf32>
    %1816 = "stablehlo.reshape"(%1054) : (tensor<f32>) -> tensor<1xf32>
    %1817 = "stablehlo.concatenate"(%1813, %1814, %1815, %1816) {dimension = 0 : i64} : (tensor<1xf32>, tensor<1xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<4xf32>
    return %1087, %1121, %1141, %1168, %1197, %1226, %1255, %1275, %1302, %1331, %1360, %1380, %1398, %1416, %1443, %1472, %1501, %1521, %1539, %1557, %1575, %1593, %1611, %1629, %1647, %1665, %1683, %1701, %1719, %1737, %1755, %1773, %1791, %1809, %1056, %1062, %1102, %1129, %1149, %1178, %1207, %1236, %1263, %1283, %1312, %1341, %1368, %1386, %1404, %1424, %1453, %1482, %1509, %1527, %1545, %1563, %1581, %1599, %1617, %1635, %1653, %1671, %1689, %1707, %1725, %1743, %1761, %1779, %1797, %1067, %1107, %1132, %1154, %1183, %1212, %1241, %1266, %1288, %1317, %1346, %1371, %1389, %1407, %1429, %1458, %1487, %1512, %1530, %1548, %1566, %1584, %1602, %1620, %1638, %1656, %1674, %1692, %1710, %1728, %1746, %1764, %1782, %1800, %1097, %1126, %1144, %1173, %1202, %1231, %1260, %1278, %1307, %1336, %1365, %1383, %1401, %1419, %1448, %1477, %1506, %1524, %1542, %1560, %1578, %1596, %1614, %1632, %1650, %1668, %1686, %1704, %1722, %1740, %1758, %1776, %1794, %1812, %1817 : tensor<16x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<4x11xf32>, tensor<8x11xf32>, tensor<8x10xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x96xf32>, tensor<96xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x96xf32>, tensor<96xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<i32>, tensor<16x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<4x11xf32>, tensor<8x11xf32>, tensor<8x10xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x96xf32>, tensor<96xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x96xf32>, tensor<96xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<16x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<4x11xf32>, tensor<8x11xf32>, tensor<8x10xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x96xf32>, tensor<96xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x96xf32>, tensor<96xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<16x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<4x11xf32>, tensor<8x11xf32>, tensor<8x10xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x96xf32>, tensor<96xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x96xf32>, tensor<96xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<4xf32>
  }
}
