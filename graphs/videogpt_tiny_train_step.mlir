module @videogpt_tiny_train_step attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<2x4x8x8xi32>, %arg1: tensor<32x16xf32>, %arg2: tensor<2xi32>, %arg3: tensor<2xui32>, %arg4: tensor<16x32xf32> {tf.aliasing_output = 0 : i32}, %arg5: tensor<32xf32> {tf.aliasing_output = 1 : i32}, %arg6: tensor<32xf32> {tf.aliasing_output = 2 : i32}, %arg7: tensor<4x11xf32> {tf.aliasing_output = 3 : i32}, %arg8: tensor<8x11xf32> {tf.aliasing_output = 4 : i32}, %arg9: tensor<8x10xf32> {tf.aliasing_output = 5 : i32}, %arg10: tensor<4x32xf32> {tf.aliasing_output = 6 : i32}, %arg11: tensor<4x32xf32> {tf.aliasing_output = 7 : i32}, %arg12: tensor<32x96xf32> {tf.aliasing_output = 8 : i32}, %arg13: tensor<96xf32> {tf.aliasing_output = 9 : i32}, %arg14: tensor<32x32xf32> {tf.aliasing_output = 10 : i32}, %arg15: tensor<32xf32> {tf.aliasing_output = 11 : i32}, %arg16: tensor<4x32xf32> {tf.aliasing_output = 12 : i32}, %arg17: tensor<4x32xf32> {tf.aliasing_output = 13 : i32}, %arg18: tensor<32x64xf32> {tf.aliasing_output = 14 : i32}, %arg19: tensor<64xf32> {tf.aliasing_output = 15 : i32}, %arg20: tensor<64x32xf32> {tf.aliasing_output = 16 : i32}, %arg21: tensor<32xf32> {tf.aliasing_output = 17 : i32}, %arg22: tensor<4x32xf32> {tf.aliasing_output = 18 : i32}, %arg23: tensor<4x32xf32> {tf.aliasing_output = 19 : i32}, %arg24: tensor<32x96xf32> {tf.aliasing_output = 20 : i32}, %arg25: tensor<96xf32> {tf.aliasing_output = 21 : i32}, %arg26: tensor<32x32xf32> {tf.aliasing_output = 22 : i32}, %arg27: tensor<32xf32> {tf.aliasing_output = 23 : i32}, %arg28: tensor<4x32xf32> {tf.aliasing_output = 24 : i32}, %arg29: tensor<4x32xf32> {tf.aliasing_output = 25 : i32}, %arg30: tensor<32x64xf32> {tf.aliasing_output = 26 : i32}, %arg31: tensor<64xf32> {tf.aliasing_output = 27 : i32}, %arg32: tensor<64x32xf32> {tf.aliasing_output = 28 : i32}, %arg33: tensor<32xf32> {tf.aliasing_output = 29 : i32}, %arg34: tensor<4x32xf32> {tf.aliasing_output = 30 : i32}, %arg35: tensor<4x32xf32> {tf.aliasing_output = 31 : i32}, %arg36: tensor<32x32xf32> {tf.aliasing_output = 32 : i32}, %arg37: tensor<32xf32> {tf.aliasing_output = 33 : i32}, %arg38: tensor<i32> {tf.aliasing_output = 34 : i32}, %arg39: tensor<16x32xf32> {tf.aliasing_output = 35 : i32}, %arg40: tensor<32xf32> {tf.aliasing_output = 36 : i32}, %arg41: tensor<32xf32> {tf.aliasing_output = 37 : i32}, %arg42: tensor<4x11xf32> {tf.aliasing_output = 38 : i32}, %arg43: tensor<8x11xf32> {tf.aliasing_output = 39 : i32}, %arg44: tensor<8x10xf32> {tf.aliasing_output = 40 : i32}, %arg45: tensor<4x32xf32> {tf.aliasing_output = 41 : i32}, %arg46: tensor<4x32xf32> {tf.aliasing_output = 42 : i32}, %arg47: tensor<32x96xf32> {tf.aliasing_output = 43 : i32}, %arg48: tensor<96xf32> {tf.aliasing_output = 44 : i32}, %arg49: tensor<32x32xf32> {tf.aliasing_output = 45 : i32}, %arg50: tensor<32xf32> {tf.aliasing_output = 46 : i32}, %arg51: tensor<4x32xf32> {tf.aliasing_output = 47 : i32}, %arg52: tensor<4x32xf32> {tf.aliasing_output = 48 : i32}, %arg53: tensor<32x64xf32> {tf.aliasing_output = 49 : i32}, %arg54: tensor<64xf32> {tf.aliasing_output = 50 : i32}, %arg55: tensor<64x32xf32> {tf.aliasing_output = 51 : i32}, %arg56: tensor<32xf32> {tf.aliasing_output = 52 : i32}, %arg57: tensor<4x32xf32> {tf.aliasing_output = 53 : i32}, %arg58: tensor<4x32xf32> {tf.aliasing_output = 54 : i32}, %arg59: tensor<32x96xf32> {tf.aliasing_output = 55 : i32}, %arg60: tensor<96xf32> {tf.aliasing_output = 56 : i32}, %arg61: tensor<32x32xf32> {tf.aliasing_output = 57 : i32}, %arg62: tensor<32xf32> {tf.aliasing_output = 58 : i32}, %arg63: tensor<4x32xf32> {tf.aliasing_output = 59 : i32}, %arg64: tensor<4x32xf32> {tf.aliasing_output = 60 : i32}, %arg65: tensor<32x64xf32> {tf.aliasing_output = 61 : i32}, %arg66: tensor<64xf32> {tf.aliasing_output = 62 : i32}, %arg67: tensor<64x32xf32> {tf.aliasing_output = 63 : i32}, %arg68: tensor<32xf32> {tf.aliasing_output = 64 : i32}, %arg69: tensor<4x32xf32> {tf.aliasing_output = 65 : i32}, %arg70: tensor<4x32xf32> {tf.aliasing_output = 66 : i32}, %arg71: tensor<32x32xf32> {tf.aliasing_output = 67 : i32}, %arg72: tensor<32xf32> {tf.aliasing_output = 68 : i32}, %arg73: tensor<16x32xf32> {tf.aliasing_output = 69 : i32}, %arg74: tensor<32xf32> {tf.aliasing_output = 70 : i32}, %arg75: tensor<32xf32> {tf.aliasing_output = 71 : i32}, %arg76: tensor<4x11xf32> {tf.aliasing_output = 72 : i32}, %arg77: tensor<8x11xf32> {tf.aliasing_output = 73 : i32}, %arg78: tensor<8x10xf32> {tf.aliasing_output = 74 : i32}, %arg79: tensor<4x32xf32> {tf.aliasing_output = 75 : i32}, %arg80: tensor<4x32xf32> {tf.aliasing_output = 76 : i32}, %arg81: tensor<32x96xf32> {tf.aliasing_output = 77 : i32}, %arg82: tensor<96xf32> {tf.aliasing_output = 78 : i32}, %arg83: tensor<32x32xf32> {tf.aliasing_output = 79 : i32}, %arg84: tensor<32xf32> {tf.aliasing_output = 80 : i32}, %arg85: tensor<4x32xf32> {tf.aliasing_output = 81 : i32}, %arg86: tensor<4x32xf32> {tf.aliasing_output = 82 : i32}, %arg87: tensor<32x64xf32> {tf.aliasing_output = 83 : i32}, %arg88: tensor<64xf32> {tf.aliasing_output = 84 : i32}, %arg89: tensor<64x32xf32> {tf.aliasing_output = 85 : i32}, %arg90: tensor<32xf32> {tf.aliasing_output = 86 : i32}, %arg91: tensor<4x32xf32> {tf.aliasing_output = 87 : i32}, %arg92: tensor<4x32xf32> {tf.aliasing_output = 88 : i32}, %arg93: tensor<32x96xf32> {tf.aliasing_output = 89 : i32}, %arg94: tensor<96xf32> {tf.aliasing_output = 90 : i32}, %arg95: tensor<32x32xf32> {tf.aliasing_output = 91 : i32}, %arg96: tensor<32xf32> {tf.aliasing_output = 92 : i32}, %arg97: tensor<4x32xf32> {tf.aliasing_output = 93 : i32}, %arg98: tensor<4x32xf32> {tf.aliasing_output = 94 : i32}, %arg99: tensor<32x64xf32> {tf.aliasing_output = 95 : i32}, %arg100: tensor<64xf32> {tf.aliasing_output = 96 : i32}, %arg101: tensor<64x32xf32> {tf.aliasing_output = 97 : i32}, %arg102: tensor<32xf32> {tf.aliasing_output = 98 : i32}, %arg103: tensor<4x32xf32> {tf.aliasing_output = 99 : i32}, %arg104: tensor<4x32xf32> {tf.aliasing_output = 100 : i32}, %arg105: tensor<32x32xf32> {tf.aliasing_output = 101 : i32}, %arg106: tensor<32xf32> {tf.aliasing_output = 102 : i32}, %arg107: tensor<16x32xf32> {tf.aliasing_output = 103 : i32}, %arg108: tensor<32xf32> {tf.aliasing_output = 104 : i32}, %arg109: tensor<32xf32> {tf.aliasing_output = 105 : i32}, %arg110: tensor<4x11xf32> {tf.aliasing_output = 106 : i32}, %arg111: tensor<8x11xf32> {tf.aliasing_output = 107 : i32}, %arg112: tensor<8x10xf32> {tf.aliasing_output = 108 : i32}, %arg113: tensor<4x32xf32> {tf.aliasing_output = 109 : i32}, %arg114: tensor<4x32xf32> {tf.aliasing_output = 110 : i32}, %arg115: tensor<32x96xf32> {tf.aliasing_output = 111 : i32}, %arg116: tensor<96xf32> {tf.aliasing_output = 112 : i32}, %arg117: tensor<32x32xf32> {tf.aliasing_output = 113 : i32}, %arg118: tensor<32xf32> {tf.aliasing_output = 114 : i32}, %arg119: tensor<4x32xf32> {tf.aliasing_output = 115 : i32}, %arg120: tensor<4x32xf32> {tf.aliasing_output = 116 : i32}, %arg121: tensor<32x64xf32> {tf.aliasing_output = 117 : i32}, %arg122: tensor<64xf32> {tf.aliasing_output = 118 : i32}, %arg123: tensor<64x32xf32> {tf.aliasing_output = 119 : i32}, %arg124: tensor<32xf32> {tf.aliasing_output = 120 : i32}, %arg125: tensor<4x32xf32> {tf.aliasing_output = 121 : i32}, %arg126: tensor<4x32xf32> {tf.aliasing_output = 122 : i32}, %arg127: tensor<32x96xf32> {tf.aliasing_output = 123 : i32}, %arg128: tensor<96xf32> {tf.aliasing_output = 124 : i32}, %arg129: tensor<32x32xf32> {tf.aliasing_output = 125 : i32}, %arg130: tensor<32xf32> {tf.aliasing_output = 126 : i32}, %arg131: tensor<4x32xf32> {tf.aliasing_output = 127 : i32}, %arg132: tensor<4x32xf32> {tf.aliasing_output = 128 : i32}, %arg133: tensor<32x64xf32> {tf.aliasing_output = 129 : i32}, %arg134: tensor<64xf32> {tf.aliasing_output = 130 : i32}, %arg135: tensor<64x32xf32> {tf.aliasing_output = 131 : i32}, %arg136: tensor<32xf32> {tf.aliasing_output = 132 : i32}, %arg137: tensor<4x32xf32> {tf.aliasing_output = 133 : i32}, %arg138: tensor<4x32xf32> {tf.aliasing_output = 134 : i32}, %arg139: tensor<32x32xf32> {tf.aliasing_output = 135 : i32}, %arg140: tensor<32xf32> {tf.aliasing_output = 136 : i32}) -> (tensor<16x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<4x11xf32>, tensor<8x11xf32>, tensor<8x10xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x96xf32>, tensor<96xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x96xf32>, tensor<96xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<i32>, tensor<16x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<4x11xf32>, tensor<8x11xf32>, tensor<8x10xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x96xf32>, tensor<96xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x96xf32>, tensor<96xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<16x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<4x11xf32>, tensor<8x11xf32>, tensor<8x10xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x96xf32>, tensor<96xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x96xf32>, tensor<96xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<16x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<4x11xf32>, tensor<8x11xf32>, tensor<8x10xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x96xf32>, tensor<96xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x96xf32>, tensor<96xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<4xf32>) {
    %0 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<2x4xi32>
    %1 = "stablehlo.broadcast_in_dim"(%arg2) {broadcast_dimensions = array<i64: 0>} : (tensor<2xi32>) -> tensor<2x4xi32>
    %2 = "stablehlo.compare"(%1, %0) {comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<2x4xi32>, tensor<2x4xi32>) -> tensor<2x4xi1>
    %3 = "stablehlo.convert"(%2) : (tensor<2x4xi1>) -> tensor<2x4xf32>
    %4 = "stablehlo.dot_general"(%arg1, %arg4) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<32x16xf32>, tensor<16x32xf32>) -> tensor<32x32xf32>
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
    %19 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %20 = "stablehlo.reduce"(%18, %19) ({
    ^bb0(%21: tensor<f32>, %22: tensor<f32>):
        %23 = "stablehlo.add"(%21, %22) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%23) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x256xf32>
    %24 = "stablehlo.reshape"(%20) : (tensor<2x256xf32>) -> tensor<2x256x1xf32>
    %25 = "stablehlo.constant"() {value = dense<32.0> : tensor<2x256x1xf32>} : () -> tensor<2x256x1xf32>
    %26 = "stablehlo.divide"(%24, %25) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %27 = "stablehlo.multiply"(%18, %18) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %28 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %29 = "stablehlo.reduce"(%27, %28) ({
    ^bb0(%30: tensor<f32>, %31: tensor<f32>):
        %32 = "stablehlo.add"(%30, %31) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%32) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x256xf32>
    %33 = "stablehlo.reshape"(%29) : (tensor<2x256xf32>) -> tensor<2x256x1xf32>
    %34 = "stablehlo.divide"(%33, %25) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %35 = "stablehlo.multiply"(%26, %26) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %36 = "stablehlo.subtract"(%34, %35) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %37 = "stablehlo.broadcast_in_dim"(%26) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x256x1xf32>) -> tensor<2x256x32xf32>
    %38 = "stablehlo.subtract"(%18, %37) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %39 = "stablehlo.constant"() {value = dense<0x358637BD> : tensor<2x256x1xf32>} : () -> tensor<2x256x1xf32>
    %40 = "stablehlo.add"(%36, %39) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %41 = "stablehlo.rsqrt"(%40) : (tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %42 = "stablehlo.broadcast_in_dim"(%41) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x256x1xf32>) -> tensor<2x256x32xf32>
    %43 = "stablehlo.multiply"(%38, %42) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %44 = "stablehlo.dot_general"(%3, %arg10) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<2x4xf32>, tensor<4x32xf32>) -> tensor<2x32xf32>
    %45 = "stablehlo.reshape"(%44) : (tensor<2x32xf32>) -> tensor<2x1x32xf32>
    %46 = "stablehlo.constant"() {value = dense<1.0> : tensor<2x1x32xf32>} : () -> tensor<2x1x32xf32>
    %47 = "stablehlo.add"(%45, %46) : (tensor<2x1x32xf32>, tensor<2x1x32xf32>) -> tensor<2x1x32xf32>
    %48 = "stablehlo.dot_general"(%3, %arg11) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<2x4xf32>, tensor<4x32xf32>) -> tensor<2x32xf32>
    %49 = "stablehlo.reshape"(%48) : (tensor<2x32xf32>) -> tensor<2x1x32xf32>
    %50 = "stablehlo.broadcast_in_dim"(%47) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x1x32xf32>) -> tensor<2x256x32xf32>
    %51 = "stablehlo.multiply"(%43, %50) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %52 = "stablehlo.broadcast_in_dim"(%49) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x1x32xf32>) -> tensor<2x256x32xf32>
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
    %64 = "stablehlo.slice"(%63) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 2, 2, 64, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x2x256x16xf32>) -> tensor<2x2x64x16xf32>
    %65 = "stablehlo.slice"(%60) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 2, 2, 64, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x2x256x16xf32>) -> tensor<2x2x64x16xf32>
    %66 = "stablehlo.dot_general"(%64, %65) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<2x2x64x16xf32>, tensor<2x2x64x16xf32>) -> tensor<2x2x64x64xf32>
    %67 = "stablehlo.iota"() {iota_dimension = 0 : i64} : () -> tensor<64x64xi32>
    %68 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<64x64xi32>
    %69 = "stablehlo.constant"() {value = dense<0> : tensor<64x64xi32>} : () -> tensor<64x64xi32>
    %70 = "stablehlo.add"(%67, %69) : (tensor<64x64xi32>, tensor<64x64xi32>) -> tensor<64x64xi32>
    %71 = "stablehlo.compare"(%68, %70) {comparison_direction = #stablehlo<comparison_direction LE>} : (tensor<64x64xi32>, tensor<64x64xi32>) -> tensor<64x64xi1>
    %72 = "stablehlo.constant"() {value = dense<0xF149F2CA> : tensor<2x2x64x64xf32>} : () -> tensor<2x2x64x64xf32>
    %73 = "stablehlo.broadcast_in_dim"(%71) {broadcast_dimensions = array<i64: 2, 3>} : (tensor<64x64xi1>) -> tensor<2x2x64x64xi1>
    %74 = "stablehlo.select"(%73, %66, %72) : (tensor<2x2x64x64xi1>, tensor<2x2x64x64xf32>, tensor<2x2x64x64xf32>) -> tensor<2x2x64x64xf32>
    %75 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %76 = "stablehlo.reduce"(%74, %75) ({
    ^bb0(%77: tensor<f32>, %78: tensor<f32>):
        %79 = "stablehlo.maximum"(%77, %78) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%79) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x2x64x64xf32>, tensor<f32>) -> tensor<2x2x64xf32>
    %80 = "stablehlo.reshape"(%76) : (tensor<2x2x64xf32>) -> tensor<2x2x64x1xf32>
    %81 = "stablehlo.broadcast_in_dim"(%80) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<2x2x64x1xf32>) -> tensor<2x2x64x64xf32>
    %82 = "stablehlo.subtract"(%74, %81) : (tensor<2x2x64x64xf32>, tensor<2x2x64x64xf32>) -> tensor<2x2x64x64xf32>
    %83 = "stablehlo.exponential"(%82) : (tensor<2x2x64x64xf32>) -> tensor<2x2x64x64xf32>
    %84 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %85 = "stablehlo.reduce"(%83, %84) ({
    ^bb0(%86: tensor<f32>, %87: tensor<f32>):
        %88 = "stablehlo.add"(%86, %87) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%88) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x2x64x64xf32>, tensor<f32>) -> tensor<2x2x64xf32>
    %89 = "stablehlo.reshape"(%85) : (tensor<2x2x64xf32>) -> tensor<2x2x64x1xf32>
    %90 = "stablehlo.broadcast_in_dim"(%89) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<2x2x64x1xf32>) -> tensor<2x2x64x64xf32>
    %91 = "stablehlo.divide"(%83, %90) : (tensor<2x2x64x64xf32>, tensor<2x2x64x64xf32>) -> tensor<2x2x64x64xf32>
    %92 = "stablehlo.slice"(%61) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 2, 2, 64, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x2x256x16xf32>) -> tensor<2x2x64x16xf32>
    %93 = "stablehlo.dot_general"(%91, %92) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>} : (tensor<2x2x64x64xf32>, tensor<2x2x64x16xf32>) -> tensor<2x2x64x16xf32>
    %94 = "stablehlo.slice"(%63) {start_indices = array<i64: 0, 0, 64, 0>, limit_indices = array<i64: 2, 2, 128, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x2x256x16xf32>) -> tensor<2x2x64x16xf32>
    %95 = "stablehlo.slice"(%60) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 2, 2, 128, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x2x256x16xf32>) -> tensor<2x2x128x16xf32>
    %96 = "stablehlo.dot_general"(%94, %95) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<2x2x64x16xf32>, tensor<2x2x128x16xf32>) -> tensor<2x2x64x128xf32>
    %97 = "stablehlo.iota"() {iota_dimension = 0 : i64} : () -> tensor<64x128xi32>
    %98 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<64x128xi32>
    %99 = "stablehlo.constant"() {value = dense<64> : tensor<64x128xi32>} : () -> tensor<64x128xi32>
    %100 = "stablehlo.add"(%97, %99) : (tensor<64x128xi32>, tensor<64x128xi32>) -> tensor<64x128xi32>
    %101 = "stablehlo.compare"(%98, %100) {comparison_direction = #stablehlo<comparison_direction LE>} : (tensor<64x128xi32>, tensor<64x128xi32>) -> tensor<64x128xi1>
    %102 = "stablehlo.constant"() {value = dense<0xF149F2CA> : tensor<2x2x64x128xf32>} : () -> tensor<2x2x64x128xf32>
    %103 = "stablehlo.broadcast_in_dim"(%101) {broadcast_dimensions = array<i64: 2, 3>} : (tensor<64x128xi1>) -> tensor<2x2x64x128xi1>
    %104 = "stablehlo.select"(%103, %96, %102) : (tensor<2x2x64x128xi1>, tensor<2x2x64x128xf32>, tensor<2x2x64x128xf32>) -> tensor<2x2x64x128xf32>
    %105 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %106 = "stablehlo.reduce"(%104, %105) ({
    ^bb0(%107: tensor<f32>, %108: tensor<f32>):
        %109 = "stablehlo.maximum"(%107, %108) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%109) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x2x64x128xf32>, tensor<f32>) -> tensor<2x2x64xf32>
    %110 = "stablehlo.reshape"(%106) : (tensor<2x2x64xf32>) -> tensor<2x2x64x1xf32>
    %111 = "stablehlo.broadcast_in_dim"(%110) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<2x2x64x1xf32>) -> tensor<2x2x64x128xf32>
    %112 = "stablehlo.subtract"(%104, %111) : (tensor<2x2x64x128xf32>, tensor<2x2x64x128xf32>) -> tensor<2x2x64x128xf32>
    %113 = "stablehlo.exponential"(%112) : (tensor<2x2x64x128xf32>) -> tensor<2x2x64x128xf32>
    %114 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %115 = "stablehlo.reduce"(%113, %114) ({
    ^bb0(%116: tensor<f32>, %117: tensor<f32>):
        %118 = "stablehlo.add"(%116, %117) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%118) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x2x64x128xf32>, tensor<f32>) -> tensor<2x2x64xf32>
    %119 = "stablehlo.reshape"(%115) : (tensor<2x2x64xf32>) -> tensor<2x2x64x1xf32>
    %120 = "stablehlo.broadcast_in_dim"(%119) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<2x2x64x1xf32>) -> tensor<2x2x64x128xf32>
    %121 = "stablehlo.divide"(%113, %120) : (tensor<2x2x64x128xf32>, tensor<2x2x64x128xf32>) -> tensor<2x2x64x128xf32>
    %122 = "stablehlo.slice"(%61) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 2, 2, 128, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x2x256x16xf32>) -> tensor<2x2x128x16xf32>
    %123 = "stablehlo.dot_general"(%121, %122) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>} : (tensor<2x2x64x128xf32>, tensor<2x2x128x16xf32>) -> tensor<2x2x64x16xf32>
    %124 = "stablehlo.slice"(%63) {start_indices = array<i64: 0, 0, 128, 0>, limit_indices = array<i64: 2, 2, 192, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x2x256x16xf32>) -> tensor<2x2x64x16xf32>
    %125 = "stablehlo.slice"(%60) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 2, 2, 192, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x2x256x16xf32>) -> tensor<2x2x192x16xf32>
    %126 = "stablehlo.dot_general"(%124, %125) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<2x2x64x16xf32>, tensor<2x2x192x16xf32>) -> tensor<2x2x64x192xf32>
    %127 = "stablehlo.iota"() {iota_dimension = 0 : i64} : () -> tensor<64x192xi32>
    %128 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<64x192xi32>
    %129 = "stablehlo.constant"() {value = dense<128> : tensor<64x192xi32>} : () -> tensor<64x192xi32>
    %130 = "stablehlo.add"(%127, %129) : (tensor<64x192xi32>, tensor<64x192xi32>) -> tensor<64x192xi32>
    %131 = "stablehlo.compare"(%128, %130) {comparison_direction = #stablehlo<comparison_direction LE>} : (tensor<64x192xi32>, tensor<64x192xi32>) -> tensor<64x192xi1>
    %132 = "stablehlo.constant"() {value = dense<0xF149F2CA> : tensor<2x2x64x192xf32>} : () -> tensor<2x2x64x192xf32>
    %133 = "stablehlo.broadcast_in_dim"(%131) {broadcast_dimensions = array<i64: 2, 3>} : (tensor<64x192xi1>) -> tensor<2x2x64x192xi1>
    %134 = "stablehlo.select"(%133, %126, %132) : (tensor<2x2x64x192xi1>, tensor<2x2x64x192xf32>, tensor<2x2x64x192xf32>) -> tensor<2x2x64x192xf32>
    %135 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %136 = "stablehlo.reduce"(%134, %135) ({
    ^bb0(%137: tensor<f32>, %138: tensor<f32>):
        %139 = "stablehlo.maximum"(%137, %138) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%139) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x2x64x192xf32>, tensor<f32>) -> tensor<2x2x64xf32>
    %140 = "stablehlo.reshape"(%136) : (tensor<2x2x64xf32>) -> tensor<2x2x64x1xf32>
    %141 = "stablehlo.broadcast_in_dim"(%140) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<2x2x64x1xf32>) -> tensor<2x2x64x192xf32>
    %142 = "stablehlo.subtract"(%134, %141) : (tensor<2x2x64x192xf32>, tensor<2x2x64x192xf32>) -> tensor<2x2x64x192xf32>
    %143 = "stablehlo.exponential"(%142) : (tensor<2x2x64x192xf32>) -> tensor<2x2x64x192xf32>
    %144 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %145 = "stablehlo.reduce"(%143, %144) ({
    ^bb0(%146: tensor<f32>, %147: tensor<f32>):
        %148 = "stablehlo.add"(%146, %147) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%148) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x2x64x192xf32>, tensor<f32>) -> tensor<2x2x64xf32>
    %149 = "stablehlo.reshape"(%145) : (tensor<2x2x64xf32>) -> tensor<2x2x64x1xf32>
    %150 = "stablehlo.broadcast_in_dim"(%149) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<2x2x64x1xf32>) -> tensor<2x2x64x192xf32>
    %151 = "stablehlo.divide"(%143, %150) : (tensor<2x2x64x192xf32>, tensor<2x2x64x192xf32>) -> tensor<2x2x64x192xf32>
    %152 = "stablehlo.slice"(%61) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 2, 2, 192, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x2x256x16xf32>) -> tensor<2x2x192x16xf32>
    %153 = "stablehlo.dot_general"(%151, %152) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>} : (tensor<2x2x64x192xf32>, tensor<2x2x192x16xf32>) -> tensor<2x2x64x16xf32>
    %154 = "stablehlo.slice"(%63) {start_indices = array<i64: 0, 0, 192, 0>, limit_indices = array<i64: 2, 2, 256, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x2x256x16xf32>) -> tensor<2x2x64x16xf32>
    %155 = "stablehlo.slice"(%60) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 2, 2, 256, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x2x256x16xf32>) -> tensor<2x2x256x16xf32>
    %156 = "stablehlo.dot_general"(%154, %155) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<2x2x64x16xf32>, tensor<2x2x256x16xf32>) -> tensor<2x2x64x256xf32>
    %157 = "stablehlo.iota"() {iota_dimension = 0 : i64} : () -> tensor<64x256xi32>
    %158 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<64x256xi32>
    %159 = "stablehlo.constant"() {value = dense<192> : tensor<64x256xi32>} : () -> tensor<64x256xi32>
    %160 = "stablehlo.add"(%157, %159) : (tensor<64x256xi32>, tensor<64x256xi32>) -> tensor<64x256xi32>
    %161 = "stablehlo.compare"(%158, %160) {comparison_direction = #stablehlo<comparison_direction LE>} : (tensor<64x256xi32>, tensor<64x256xi32>) -> tensor<64x256xi1>
    %162 = "stablehlo.constant"() {value = dense<0xF149F2CA> : tensor<2x2x64x256xf32>} : () -> tensor<2x2x64x256xf32>
    %163 = "stablehlo.broadcast_in_dim"(%161) {broadcast_dimensions = array<i64: 2, 3>} : (tensor<64x256xi1>) -> tensor<2x2x64x256xi1>
    %164 = "stablehlo.select"(%163, %156, %162) : (tensor<2x2x64x256xi1>, tensor<2x2x64x256xf32>, tensor<2x2x64x256xf32>) -> tensor<2x2x64x256xf32>
    %165 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %166 = "stablehlo.reduce"(%164, %165) ({
    ^bb0(%167: tensor<f32>, %168: tensor<f32>):
        %169 = "stablehlo.maximum"(%167, %168) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%169) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x2x64x256xf32>, tensor<f32>) -> tensor<2x2x64xf32>
    %170 = "stablehlo.reshape"(%166) : (tensor<2x2x64xf32>) -> tensor<2x2x64x1xf32>
    %171 = "stablehlo.broadcast_in_dim"(%170) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<2x2x64x1xf32>) -> tensor<2x2x64x256xf32>
    %172 = "stablehlo.subtract"(%164, %171) : (tensor<2x2x64x256xf32>, tensor<2x2x64x256xf32>) -> tensor<2x2x64x256xf32>
    %173 = "stablehlo.exponential"(%172) : (tensor<2x2x64x256xf32>) -> tensor<2x2x64x256xf32>
    %174 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %175 = "stablehlo.reduce"(%173, %174) ({
    ^bb0(%176: tensor<f32>, %177: tensor<f32>):
        %178 = "stablehlo.add"(%176, %177) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%178) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x2x64x256xf32>, tensor<f32>) -> tensor<2x2x64xf32>
    %179 = "stablehlo.reshape"(%175) : (tensor<2x2x64xf32>) -> tensor<2x2x64x1xf32>
    %180 = "stablehlo.broadcast_in_dim"(%179) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<2x2x64x1xf32>) -> tensor<2x2x64x256xf32>
    %181 = "stablehlo.divide"(%173, %180) : (tensor<2x2x64x256xf32>, tensor<2x2x64x256xf32>) -> tensor<2x2x64x256xf32>
    %182 = "stablehlo.slice"(%61) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 2, 2, 256, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x2x256x16xf32>) -> tensor<2x2x256x16xf32>
    %183 = "stablehlo.dot_general"(%181, %182) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>} : (tensor<2x2x64x256xf32>, tensor<2x2x256x16xf32>) -> tensor<2x2x64x16xf32>
    %184 = "stablehlo.concatenate"(%93, %123, %153, %183) {dimension = 2 : i64} : (tensor<2x2x64x16xf32>, tensor<2x2x64x16xf32>, tensor<2x2x64x16xf32>, tensor<2x2x64x16xf32>) -> tensor<2x2x256x16xf32>
    %185 = "stablehlo.transpose"(%184) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x2x256x16xf32>) -> tensor<2x256x2x16xf32>
    %186 = "stablehlo.reshape"(%185) : (tensor<2x256x2x16xf32>) -> tensor<2x256x32xf32>
    %187 = "stablehlo.dot_general"(%186, %arg14) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x256x32xf32>, tensor<32x32xf32>) -> tensor<2x256x32xf32>
    %188 = "stablehlo.broadcast_in_dim"(%arg15) {broadcast_dimensions = array<i64: 2>} : (tensor<32xf32>) -> tensor<2x256x32xf32>
    %189 = "stablehlo.add"(%187, %188) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %190 = "stablehlo.add"(%18, %189) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %191 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %192 = "stablehlo.reduce"(%190, %191) ({
    ^bb0(%193: tensor<f32>, %194: tensor<f32>):
        %195 = "stablehlo.add"(%193, %194) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%195) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x256xf32>
    %196 = "stablehlo.reshape"(%192) : (tensor<2x256xf32>) -> tensor<2x256x1xf32>
    %197 = "stablehlo.divide"(%196, %25) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %198 = "stablehlo.multiply"(%190, %190) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %199 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %200 = "stablehlo.reduce"(%198, %199) ({
    ^bb0(%201: tensor<f32>, %202: tensor<f32>):
        %203 = "stablehlo.add"(%201, %202) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%203) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x256xf32>
    %204 = "stablehlo.reshape"(%200) : (tensor<2x256xf32>) -> tensor<2x256x1xf32>
    %205 = "stablehlo.divide"(%204, %25) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %206 = "stablehlo.multiply"(%197, %197) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %207 = "stablehlo.subtract"(%205, %206) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %208 = "stablehlo.broadcast_in_dim"(%197) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x256x1xf32>) -> tensor<2x256x32xf32>
    %209 = "stablehlo.subtract"(%190, %208) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %210 = "stablehlo.add"(%207, %39) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %211 = "stablehlo.rsqrt"(%210) : (tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %212 = "stablehlo.broadcast_in_dim"(%211) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x256x1xf32>) -> tensor<2x256x32xf32>
    %213 = "stablehlo.multiply"(%209, %212) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %214 = "stablehlo.dot_general"(%3, %arg16) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<2x4xf32>, tensor<4x32xf32>) -> tensor<2x32xf32>
    %215 = "stablehlo.reshape"(%214) : (tensor<2x32xf32>) -> tensor<2x1x32xf32>
    %216 = "stablehlo.add"(%215, %46) : (tensor<2x1x32xf32>, tensor<2x1x32xf32>) -> tensor<2x1x32xf32>
    %217 = "stablehlo.dot_general"(%3, %arg17) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<2x4xf32>, tensor<4x32xf32>) -> tensor<2x32xf32>
    %218 = "stablehlo.reshape"(%217) : (tensor<2x32xf32>) -> tensor<2x1x32xf32>
    %219 = "stablehlo.broadcast_in_dim"(%216) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x1x32xf32>) -> tensor<2x256x32xf32>
    %220 = "stablehlo.multiply"(%213, %219) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %221 = "stablehlo.broadcast_in_dim"(%218) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x1x32xf32>) -> tensor<2x256x32xf32>
    %222 = "stablehlo.add"(%220, %221) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %223 = "stablehlo.dot_general"(%222, %arg18) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x256x32xf32>, tensor<32x64xf32>) -> tensor<2x256x64xf32>
    %224 = "stablehlo.broadcast_in_dim"(%arg19) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x256x64xf32>
    %225 = "stablehlo.add"(%223, %224) : (tensor<2x256x64xf32>, tensor<2x256x64xf32>) -> tensor<2x256x64xf32>
    %226 = "stablehlo.constant"() {value = dense<1.702> : tensor<2x256x64xf32>} : () -> tensor<2x256x64xf32>
    %227 = "stablehlo.multiply"(%225, %226) : (tensor<2x256x64xf32>, tensor<2x256x64xf32>) -> tensor<2x256x64xf32>
    %228 = "stablehlo.logistic"(%227) : (tensor<2x256x64xf32>) -> tensor<2x256x64xf32>
    %229 = "stablehlo.multiply"(%225, %228) : (tensor<2x256x64xf32>, tensor<2x256x64xf32>) -> tensor<2x256x64xf32>
    %230 = "stablehlo.dot_general"(%229, %arg20) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x256x64xf32>, tensor<64x32xf32>) -> tensor<2x256x32xf32>
    %231 = "stablehlo.broadcast_in_dim"(%arg21) {broadcast_dimensions = array<i64: 2>} : (tensor<32xf32>) -> tensor<2x256x32xf32>
    %232 = "stablehlo.add"(%230, %231) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %233 = "stablehlo.add"(%190, %232) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %234 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %235 = "stablehlo.reduce"(%233, %234) ({
    ^bb0(%236: tensor<f32>, %237: tensor<f32>):
        %238 = "stablehlo.add"(%236, %237) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%238) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x256xf32>
    %239 = "stablehlo.reshape"(%235) : (tensor<2x256xf32>) -> tensor<2x256x1xf32>
    %240 = "stablehlo.divide"(%239, %25) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %241 = "stablehlo.multiply"(%233, %233) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %242 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %243 = "stablehlo.reduce"(%241, %242) ({
    ^bb0(%244: tensor<f32>, %245: tensor<f32>):
        %246 = "stablehlo.add"(%244, %245) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%246) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x256xf32>
    %247 = "stablehlo.reshape"(%243) : (tensor<2x256xf32>) -> tensor<2x256x1xf32>
    %248 = "stablehlo.divide"(%247, %25) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %249 = "stablehlo.multiply"(%240, %240) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %250 = "stablehlo.subtract"(%248, %249) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %251 = "stablehlo.broadcast_in_dim"(%240) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x256x1xf32>) -> tensor<2x256x32xf32>
    %252 = "stablehlo.subtract"(%233, %251) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %253 = "stablehlo.add"(%250, %39) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %254 = "stablehlo.rsqrt"(%253) : (tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %255 = "stablehlo.broadcast_in_dim"(%254) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x256x1xf32>) -> tensor<2x256x32xf32>
    %256 = "stablehlo.multiply"(%252, %255) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %257 = "stablehlo.dot_general"(%3, %arg22) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<2x4xf32>, tensor<4x32xf32>) -> tensor<2x32xf32>
    %258 = "stablehlo.reshape"(%257) : (tensor<2x32xf32>) -> tensor<2x1x32xf32>
    %259 = "stablehlo.add"(%258, %46) : (tensor<2x1x32xf32>, tensor<2x1x32xf32>) -> tensor<2x1x32xf32>
    %260 = "stablehlo.dot_general"(%3, %arg23) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<2x4xf32>, tensor<4x32xf32>) -> tensor<2x32xf32>
    %261 = "stablehlo.reshape"(%260) : (tensor<2x32xf32>) -> tensor<2x1x32xf32>
    %262 = "stablehlo.broadcast_in_dim"(%259) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x1x32xf32>) -> tensor<2x256x32xf32>
    %263 = "stablehlo.multiply"(%256, %262) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %264 = "stablehlo.broadcast_in_dim"(%261) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x1x32xf32>) -> tensor<2x256x32xf32>
    %265 = "stablehlo.add"(%263, %264) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %266 = "stablehlo.dot_general"(%265, %arg24) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x256x32xf32>, tensor<32x96xf32>) -> tensor<2x256x96xf32>
    %267 = "stablehlo.broadcast_in_dim"(%arg25) {broadcast_dimensions = array<i64: 2>} : (tensor<96xf32>) -> tensor<2x256x96xf32>
    %268 = "stablehlo.add"(%266, %267) : (tensor<2x256x96xf32>, tensor<2x256x96xf32>) -> tensor<2x256x96xf32>
    %269 = "stablehlo.reshape"(%268) : (tensor<2x256x96xf32>) -> tensor<2x256x2x48xf32>
    %270 = "stablehlo.transpose"(%269) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x256x2x48xf32>) -> tensor<2x2x256x48xf32>
    %271 = "stablehlo.slice"(%270) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 2, 2, 256, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x2x256x48xf32>) -> tensor<2x2x256x16xf32>
    %272 = "stablehlo.slice"(%270) {start_indices = array<i64: 0, 0, 0, 16>, limit_indices = array<i64: 2, 2, 256, 32>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x2x256x48xf32>) -> tensor<2x2x256x16xf32>
    %273 = "stablehlo.slice"(%270) {start_indices = array<i64: 0, 0, 0, 32>, limit_indices = array<i64: 2, 2, 256, 48>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x2x256x48xf32>) -> tensor<2x2x256x16xf32>
    %274 = "stablehlo.divide"(%271, %62) : (tensor<2x2x256x16xf32>, tensor<2x2x256x16xf32>) -> tensor<2x2x256x16xf32>
    %275 = "stablehlo.slice"(%274) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 2, 2, 64, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x2x256x16xf32>) -> tensor<2x2x64x16xf32>
    %276 = "stablehlo.slice"(%272) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 2, 2, 64, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x2x256x16xf32>) -> tensor<2x2x64x16xf32>
    %277 = "stablehlo.dot_general"(%275, %276) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<2x2x64x16xf32>, tensor<2x2x64x16xf32>) -> tensor<2x2x64x64xf32>
    %278 = "stablehlo.select"(%73, %277, %72) : (tensor<2x2x64x64xi1>, tensor<2x2x64x64xf32>, tensor<2x2x64x64xf32>) -> tensor<2x2x64x64xf32>
    %279 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %280 = "stablehlo.reduce"(%278, %279) ({
    ^bb0(%281: tensor<f32>, %282: tensor<f32>):
        %283 = "stablehlo.maximum"(%281, %282) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%283) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x2x64x64xf32>, tensor<f32>) -> tensor<2x2x64xf32>
    %284 = "stablehlo.reshape"(%280) : (tensor<2x2x64xf32>) -> tensor<2x2x64x1xf32>
    %285 = "stablehlo.broadcast_in_dim"(%284) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<2x2x64x1xf32>) -> tensor<2x2x64x64xf32>
    %286 = "stablehlo.subtract"(%278, %285) : (tensor<2x2x64x64xf32>, tensor<2x2x64x64xf32>) -> tensor<2x2x64x64xf32>
    %287 = "stablehlo.exponential"(%286) : (tensor<2x2x64x64xf32>) -> tensor<2x2x64x64xf32>
    %288 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %289 = "stablehlo.reduce"(%287, %288) ({
    ^bb0(%290: tensor<f32>, %291: tensor<f32>):
        %292 = "stablehlo.add"(%290, %291) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%292) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x2x64x64xf32>, tensor<f32>) -> tensor<2x2x64xf32>
    %293 = "stablehlo.reshape"(%289) : (tensor<2x2x64xf32>) -> tensor<2x2x64x1xf32>
    %294 = "stablehlo.broadcast_in_dim"(%293) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<2x2x64x1xf32>) -> tensor<2x2x64x64xf32>
    %295 = "stablehlo.divide"(%287, %294) : (tensor<2x2x64x64xf32>, tensor<2x2x64x64xf32>) -> tensor<2x2x64x64xf32>
    %296 = "stablehlo.slice"(%273) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 2, 2, 64, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x2x256x16xf32>) -> tensor<2x2x64x16xf32>
    %297 = "stablehlo.dot_general"(%295, %296) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>} : (tensor<2x2x64x64xf32>, tensor<2x2x64x16xf32>) -> tensor<2x2x64x16xf32>
    %298 = "stablehlo.slice"(%274) {start_indices = array<i64: 0, 0, 64, 0>, limit_indices = array<i64: 2, 2, 128, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x2x256x16xf32>) -> tensor<2x2x64x16xf32>
    %299 = "stablehlo.slice"(%272) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 2, 2, 128, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x2x256x16xf32>) -> tensor<2x2x128x16xf32>
    %300 = "stablehlo.dot_general"(%298, %299) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<2x2x64x16xf32>, tensor<2x2x128x16xf32>) -> tensor<2x2x64x128xf32>
    %301 = "stablehlo.select"(%103, %300, %102) : (tensor<2x2x64x128xi1>, tensor<2x2x64x128xf32>, tensor<2x2x64x128xf32>) -> tensor<2x2x64x128xf32>
    %302 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %303 = "stablehlo.reduce"(%301, %302) ({
    ^bb0(%304: tensor<f32>, %305: tensor<f32>):
        %306 = "stablehlo.maximum"(%304, %305) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%306) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x2x64x128xf32>, tensor<f32>) -> tensor<2x2x64xf32>
    %307 = "stablehlo.reshape"(%303) : (tensor<2x2x64xf32>) -> tensor<2x2x64x1xf32>
    %308 = "stablehlo.broadcast_in_dim"(%307) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<2x2x64x1xf32>) -> tensor<2x2x64x128xf32>
    %309 = "stablehlo.subtract"(%301, %308) : (tensor<2x2x64x128xf32>, tensor<2x2x64x128xf32>) -> tensor<2x2x64x128xf32>
    %310 = "stablehlo.exponential"(%309) : (tensor<2x2x64x128xf32>) -> tensor<2x2x64x128xf32>
    %311 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %312 = "stablehlo.reduce"(%310, %311) ({
    ^bb0(%313: tensor<f32>, %314: tensor<f32>):
        %315 = "stablehlo.add"(%313, %314) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%315) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x2x64x128xf32>, tensor<f32>) -> tensor<2x2x64xf32>
    %316 = "stablehlo.reshape"(%312) : (tensor<2x2x64xf32>) -> tensor<2x2x64x1xf32>
    %317 = "stablehlo.broadcast_in_dim"(%316) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<2x2x64x1xf32>) -> tensor<2x2x64x128xf32>
    %318 = "stablehlo.divide"(%310, %317) : (tensor<2x2x64x128xf32>, tensor<2x2x64x128xf32>) -> tensor<2x2x64x128xf32>
    %319 = "stablehlo.slice"(%273) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 2, 2, 128, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x2x256x16xf32>) -> tensor<2x2x128x16xf32>
    %320 = "stablehlo.dot_general"(%318, %319) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>} : (tensor<2x2x64x128xf32>, tensor<2x2x128x16xf32>) -> tensor<2x2x64x16xf32>
    %321 = "stablehlo.slice"(%274) {start_indices = array<i64: 0, 0, 128, 0>, limit_indices = array<i64: 2, 2, 192, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x2x256x16xf32>) -> tensor<2x2x64x16xf32>
    %322 = "stablehlo.slice"(%272) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 2, 2, 192, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x2x256x16xf32>) -> tensor<2x2x192x16xf32>
    %323 = "stablehlo.dot_general"(%321, %322) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<2x2x64x16xf32>, tensor<2x2x192x16xf32>) -> tensor<2x2x64x192xf32>
    %324 = "stablehlo.select"(%133, %323, %132) : (tensor<2x2x64x192xi1>, tensor<2x2x64x192xf32>, tensor<2x2x64x192xf32>) -> tensor<2x2x64x192xf32>
    %325 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %326 = "stablehlo.reduce"(%324, %325) ({
    ^bb0(%327: tensor<f32>, %328: tensor<f32>):
        %329 = "stablehlo.maximum"(%327, %328) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%329) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x2x64x192xf32>, tensor<f32>) -> tensor<2x2x64xf32>
    %330 = "stablehlo.reshape"(%326) : (tensor<2x2x64xf32>) -> tensor<2x2x64x1xf32>
    %331 = "stablehlo.broadcast_in_dim"(%330) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<2x2x64x1xf32>) -> tensor<2x2x64x192xf32>
    %332 = "stablehlo.subtract"(%324, %331) : (tensor<2x2x64x192xf32>, tensor<2x2x64x192xf32>) -> tensor<2x2x64x192xf32>
    %333 = "stablehlo.exponential"(%332) : (tensor<2x2x64x192xf32>) -> tensor<2x2x64x192xf32>
    %334 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %335 = "stablehlo.reduce"(%333, %334) ({
    ^bb0(%336: tensor<f32>, %337: tensor<f32>):
        %338 = "stablehlo.add"(%336, %337) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%338) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x2x64x192xf32>, tensor<f32>) -> tensor<2x2x64xf32>
    %339 = "stablehlo.reshape"(%335) : (tensor<2x2x64xf32>) -> tensor<2x2x64x1xf32>
    %340 = "stablehlo.broadcast_in_dim"(%339) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<2x2x64x1xf32>) -> tensor<2x2x64x192xf32>
    %341 = "stablehlo.divide"(%333, %340) : (tensor<2x2x64x192xf32>, tensor<2x2x64x192xf32>) -> tensor<2x2x64x192xf32>
    %342 = "stablehlo.slice"(%273) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 2, 2, 192, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x2x256x16xf32>) -> tensor<2x2x192x16xf32>
    %343 = "stablehlo.dot_general"(%341, %342) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>} : (tensor<2x2x64x192xf32>, tensor<2x2x192x16xf32>) -> tensor<2x2x64x16xf32>
    %344 = "stablehlo.slice"(%274) {start_indices = array<i64: 0, 0, 192, 0>, limit_indices = array<i64: 2, 2, 256, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x2x256x16xf32>) -> tensor<2x2x64x16xf32>
    %345 = "stablehlo.slice"(%272) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 2, 2, 256, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x2x256x16xf32>) -> tensor<2x2x256x16xf32>
    %346 = "stablehlo.dot_general"(%344, %345) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<2x2x64x16xf32>, tensor<2x2x256x16xf32>) -> tensor<2x2x64x256xf32>
    %347 = "stablehlo.select"(%163, %346, %162) : (tensor<2x2x64x256xi1>, tensor<2x2x64x256xf32>, tensor<2x2x64x256xf32>) -> tensor<2x2x64x256xf32>
    %348 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %349 = "stablehlo.reduce"(%347, %348) ({
    ^bb0(%350: tensor<f32>, %351: tensor<f32>):
        %352 = "stablehlo.maximum"(%350, %351) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%352) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x2x64x256xf32>, tensor<f32>) -> tensor<2x2x64xf32>
    %353 = "stablehlo.reshape"(%349) : (tensor<2x2x64xf32>) -> tensor<2x2x64x1xf32>
    %354 = "stablehlo.broadcast_in_dim"(%353) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<2x2x64x1xf32>) -> tensor<2x2x64x256xf32>
    %355 = "stablehlo.subtract"(%347, %354) : (tensor<2x2x64x256xf32>, tensor<2x2x64x256xf32>) -> tensor<2x2x64x256xf32>
    %356 = "stablehlo.exponential"(%355) : (tensor<2x2x64x256xf32>) -> tensor<2x2x64x256xf32>
    %357 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %358 = "stablehlo.reduce"(%356, %357) ({
    ^bb0(%359: tensor<f32>, %360: tensor<f32>):
        %361 = "stablehlo.add"(%359, %360) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%361) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x2x64x256xf32>, tensor<f32>) -> tensor<2x2x64xf32>
    %362 = "stablehlo.reshape"(%358) : (tensor<2x2x64xf32>) -> tensor<2x2x64x1xf32>
    %363 = "stablehlo.broadcast_in_dim"(%362) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<2x2x64x1xf32>) -> tensor<2x2x64x256xf32>
    %364 = "stablehlo.divide"(%356, %363) : (tensor<2x2x64x256xf32>, tensor<2x2x64x256xf32>) -> tensor<2x2x64x256xf32>
    %365 = "stablehlo.slice"(%273) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 2, 2, 256, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x2x256x16xf32>) -> tensor<2x2x256x16xf32>
    %366 = "stablehlo.dot_general"(%364, %365) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>} : (tensor<2x2x64x256xf32>, tensor<2x2x256x16xf32>) -> tensor<2x2x64x16xf32>
    %367 = "stablehlo.concatenate"(%297, %320, %343, %366) {dimension = 2 : i64} : (tensor<2x2x64x16xf32>, tensor<2x2x64x16xf32>, tensor<2x2x64x16xf32>, tensor<2x2x64x16xf32>) -> tensor<2x2x256x16xf32>
    %368 = "stablehlo.transpose"(%367) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x2x256x16xf32>) -> tensor<2x256x2x16xf32>
    %369 = "stablehlo.reshape"(%368) : (tensor<2x256x2x16xf32>) -> tensor<2x256x32xf32>
    %370 = "stablehlo.dot_general"(%369, %arg26) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x256x32xf32>, tensor<32x32xf32>) -> tensor<2x256x32xf32>
    %371 = "stablehlo.broadcast_in_dim"(%arg27) {broadcast_dimensions = array<i64: 2>} : (tensor<32xf32>) -> tensor<2x256x32xf32>
    %372 = "stablehlo.add"(%370, %371) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %373 = "stablehlo.add"(%233, %372) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %374 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %375 = "stablehlo.reduce"(%373, %374) ({
    ^bb0(%376: tensor<f32>, %377: tensor<f32>):
        %378 = "stablehlo.add"(%376, %377) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%378) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x256xf32>
    %379 = "stablehlo.reshape"(%375) : (tensor<2x256xf32>) -> tensor<2x256x1xf32>
    %380 = "stablehlo.divide"(%379, %25) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %381 = "stablehlo.multiply"(%373, %373) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %382 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %383 = "stablehlo.reduce"(%381, %382) ({
    ^bb0(%384: tensor<f32>, %385: tensor<f32>):
        %386 = "stablehlo.add"(%384, %385) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%386) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x256xf32>
    %387 = "stablehlo.reshape"(%383) : (tensor<2x256xf32>) -> tensor<2x256x1xf32>
    %388 = "stablehlo.divide"(%387, %25) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %389 = "stablehlo.multiply"(%380, %380) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %390 = "stablehlo.subtract"(%388, %389) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %391 = "stablehlo.broadcast_in_dim"(%380) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x256x1xf32>) -> tensor<2x256x32xf32>
    %392 = "stablehlo.subtract"(%373, %391) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %393 = "stablehlo.add"(%390, %39) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %394 = "stablehlo.rsqrt"(%393) : (tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %395 = "stablehlo.broadcast_in_dim"(%394) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x256x1xf32>) -> tensor<2x256x32xf32>
    %396 = "stablehlo.multiply"(%392, %395) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %397 = "stablehlo.dot_general"(%3, %arg28) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<2x4xf32>, tensor<4x32xf32>) -> tensor<2x32xf32>
    %398 = "stablehlo.reshape"(%397) : (tensor<2x32xf32>) -> tensor<2x1x32xf32>
    %399 = "stablehlo.add"(%398, %46) : (tensor<2x1x32xf32>, tensor<2x1x32xf32>) -> tensor<2x1x32xf32>
    %400 = "stablehlo.dot_general"(%3, %arg29) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<2x4xf32>, tensor<4x32xf32>) -> tensor<2x32xf32>
    %401 = "stablehlo.reshape"(%400) : (tensor<2x32xf32>) -> tensor<2x1x32xf32>
    %402 = "stablehlo.broadcast_in_dim"(%399) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x1x32xf32>) -> tensor<2x256x32xf32>
    %403 = "stablehlo.multiply"(%396, %402) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %404 = "stablehlo.broadcast_in_dim"(%401) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x1x32xf32>) -> tensor<2x256x32xf32>
    %405 = "stablehlo.add"(%403, %404) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %406 = "stablehlo.dot_general"(%405, %arg30) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x256x32xf32>, tensor<32x64xf32>) -> tensor<2x256x64xf32>
    %407 = "stablehlo.broadcast_in_dim"(%arg31) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x256x64xf32>
    %408 = "stablehlo.add"(%406, %407) : (tensor<2x256x64xf32>, tensor<2x256x64xf32>) -> tensor<2x256x64xf32>
    %409 = "stablehlo.multiply"(%408, %226) : (tensor<2x256x64xf32>, tensor<2x256x64xf32>) -> tensor<2x256x64xf32>
    %410 = "stablehlo.logistic"(%409) : (tensor<2x256x64xf32>) -> tensor<2x256x64xf32>
    %411 = "stablehlo.multiply"(%408, %410) : (tensor<2x256x64xf32>, tensor<2x256x64xf32>) -> tensor<2x256x64xf32>
    %412 = "stablehlo.dot_general"(%411, %arg32) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x256x64xf32>, tensor<64x32xf32>) -> tensor<2x256x32xf32>
    %413 = "stablehlo.broadcast_in_dim"(%arg33) {broadcast_dimensions = array<i64: 2>} : (tensor<32xf32>) -> tensor<2x256x32xf32>
    %414 = "stablehlo.add"(%412, %413) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %415 = "stablehlo.add"(%373, %414) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %416 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %417 = "stablehlo.reduce"(%415, %416) ({
    ^bb0(%418: tensor<f32>, %419: tensor<f32>):
        %420 = "stablehlo.add"(%418, %419) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%420) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x256xf32>
    %421 = "stablehlo.reshape"(%417) : (tensor<2x256xf32>) -> tensor<2x256x1xf32>
    %422 = "stablehlo.divide"(%421, %25) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %423 = "stablehlo.multiply"(%415, %415) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %424 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %425 = "stablehlo.reduce"(%423, %424) ({
    ^bb0(%426: tensor<f32>, %427: tensor<f32>):
        %428 = "stablehlo.add"(%426, %427) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%428) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x256xf32>
    %429 = "stablehlo.reshape"(%425) : (tensor<2x256xf32>) -> tensor<2x256x1xf32>
    %430 = "stablehlo.divide"(%429, %25) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %431 = "stablehlo.multiply"(%422, %422) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %432 = "stablehlo.subtract"(%430, %431) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %433 = "stablehlo.broadcast_in_dim"(%422) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x256x1xf32>) -> tensor<2x256x32xf32>
    %434 = "stablehlo.subtract"(%415, %433) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %435 = "stablehlo.add"(%432, %39) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %436 = "stablehlo.rsqrt"(%435) : (tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %437 = "stablehlo.broadcast_in_dim"(%436) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x256x1xf32>) -> tensor<2x256x32xf32>
    %438 = "stablehlo.multiply"(%434, %437) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %439 = "stablehlo.dot_general"(%3, %arg34) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<2x4xf32>, tensor<4x32xf32>) -> tensor<2x32xf32>
    %440 = "stablehlo.reshape"(%439) : (tensor<2x32xf32>) -> tensor<2x1x32xf32>
    %441 = "stablehlo.add"(%440, %46) : (tensor<2x1x32xf32>, tensor<2x1x32xf32>) -> tensor<2x1x32xf32>
    %442 = "stablehlo.dot_general"(%3, %arg35) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<2x4xf32>, tensor<4x32xf32>) -> tensor<2x32xf32>
    %443 = "stablehlo.reshape"(%442) : (tensor<2x32xf32>) -> tensor<2x1x32xf32>
    %444 = "stablehlo.broadcast_in_dim"(%441) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x1x32xf32>) -> tensor<2x256x32xf32>
    %445 = "stablehlo.multiply"(%438, %444) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %446 = "stablehlo.broadcast_in_dim"(%443) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x1x32xf32>) -> tensor<2x256x32xf32>
    %447 = "stablehlo.add"(%445, %446) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %448 = "stablehlo.dot_general"(%447, %arg36) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x256x32xf32>, tensor<32x32xf32>) -> tensor<2x256x32xf32>
    %449 = "stablehlo.broadcast_in_dim"(%arg37) {broadcast_dimensions = array<i64: 2>} : (tensor<32xf32>) -> tensor<2x256x32xf32>
    %450 = "stablehlo.add"(%448, %449) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %451 = "stablehlo.reshape"(%450) : (tensor<2x256x32xf32>) -> tensor<2x4x8x8x32xf32>
    %452 = "stablehlo.iota"() {iota_dimension = 4 : i64} : () -> tensor<2x4x8x8x32xi32>
    %453 = "stablehlo.broadcast_in_dim"(%arg0) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<2x4x8x8xi32>) -> tensor<2x4x8x8x32xi32>
    %454 = "stablehlo.compare"(%453, %452) {comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<2x4x8x8x32xi32>, tensor<2x4x8x8x32xi32>) -> tensor<2x4x8x8x32xi1>
    %455 = "stablehlo.convert"(%454) : (tensor<2x4x8x8x32xi1>) -> tensor<2x4x8x8x32xf32>
    %456 = "stablehlo.multiply"(%451, %455) : (tensor<2x4x8x8x32xf32>, tensor<2x4x8x8x32xf32>) -> tensor<2x4x8x8x32xf32>
    %457 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %458 = "stablehlo.reduce"(%456, %457) ({
    ^bb0(%459: tensor<f32>, %460: tensor<f32>):
        %461 = "stablehlo.add"(%459, %460) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%461) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 4>} : (tensor<2x4x8x8x32xf32>, tensor<f32>) -> tensor<2x4x8x8xf32>
    %462 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %463 = "stablehlo.reduce"(%451, %462) ({
    ^bb0(%464: tensor<f32>, %465: tensor<f32>):
        %466 = "stablehlo.maximum"(%464, %465) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%466) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 4>} : (tensor<2x4x8x8x32xf32>, tensor<f32>) -> tensor<2x4x8x8xf32>
    %467 = "stablehlo.reshape"(%463) : (tensor<2x4x8x8xf32>) -> tensor<2x4x8x8x1xf32>
    %468 = "stablehlo.broadcast_in_dim"(%467) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<2x4x8x8x1xf32>) -> tensor<2x4x8x8x32xf32>
    %469 = "stablehlo.subtract"(%451, %468) : (tensor<2x4x8x8x32xf32>, tensor<2x4x8x8x32xf32>) -> tensor<2x4x8x8x32xf32>
    %470 = "stablehlo.exponential"(%469) : (tensor<2x4x8x8x32xf32>) -> tensor<2x4x8x8x32xf32>
    %471 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %472 = "stablehlo.reduce"(%470, %471) ({
    ^bb0(%473: tensor<f32>, %474: tensor<f32>):
        %475 = "stablehlo.add"(%473, %474) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%475) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 4>} : (tensor<2x4x8x8x32xf32>, tensor<f32>) -> tensor<2x4x8x8xf32>
    %476 = "stablehlo.log"(%472) : (tensor<2x4x8x8xf32>) -> tensor<2x4x8x8xf32>
    %477 = "stablehlo.reshape"(%467) : (tensor<2x4x8x8x1xf32>) -> tensor<2x4x8x8xf32>
    %478 = "stablehlo.add"(%476, %477) : (tensor<2x4x8x8xf32>, tensor<2x4x8x8xf32>) -> tensor<2x4x8x8xf32>
    %479 = "stablehlo.subtract"(%458, %478) : (tensor<2x4x8x8xf32>, tensor<2x4x8x8xf32>) -> tensor<2x4x8x8xf32>
    %480 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %481 = "stablehlo.reduce"(%479, %480) ({
    ^bb0(%482: tensor<f32>, %483: tensor<f32>):
        %484 = "stablehlo.add"(%482, %483) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%484) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2, 3>} : (tensor<2x4x8x8xf32>, tensor<f32>) -> tensor<f32>
    %485 = "stablehlo.constant"() {value = dense<512.0> : tensor<f32>} : () -> tensor<f32>
    %486 = "stablehlo.divide"(%481, %485) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %487 = "stablehlo.negate"(%486) : (tensor<f32>) -> tensor<f32>
    %488 = "stablehlo.constant"() {value = dense<0.6931472> : tensor<f32>} : () -> tensor<f32>
    %489 = "stablehlo.divide"(%487, %488) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %490 = "stablehlo.constant"() {value = dense<1.0> : tensor<f32>} : () -> tensor<f32>
    %491 = "stablehlo.negate"(%490) : (tensor<f32>) -> tensor<f32>
    %492 = "stablehlo.divide"(%491, %485) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %493 = "stablehlo.broadcast_in_dim"(%492) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x4x8x8xf32>
    %494 = "stablehlo.negate"(%493) : (tensor<2x4x8x8xf32>) -> tensor<2x4x8x8xf32>
    %495 = "stablehlo.divide"(%494, %472) : (tensor<2x4x8x8xf32>, tensor<2x4x8x8xf32>) -> tensor<2x4x8x8xf32>
    %496 = "stablehlo.broadcast_in_dim"(%495) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<2x4x8x8xf32>) -> tensor<2x4x8x8x32xf32>
    %497 = "stablehlo.multiply"(%496, %470) : (tensor<2x4x8x8x32xf32>, tensor<2x4x8x8x32xf32>) -> tensor<2x4x8x8x32xf32>
    %498 = "stablehlo.broadcast_in_dim"(%493) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<2x4x8x8xf32>) -> tensor<2x4x8x8x32xf32>
    %499 = "stablehlo.multiply"(%498, %455) : (tensor<2x4x8x8x32xf32>, tensor<2x4x8x8x32xf32>) -> tensor<2x4x8x8x32xf32>
    %500 = "stablehlo.add"(%497, %499) : (tensor<2x4x8x8x32xf32>, tensor<2x4x8x8x32xf32>) -> tensor<2x4x8x8x32xf32>
    %501 = "stablehlo.reshape"(%500) : (tensor<2x4x8x8x32xf32>) -> tensor<2x256x32xf32>
    %502 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %503 = "stablehlo.reduce"(%501, %502) ({
    ^bb0(%504: tensor<f32>, %505: tensor<f32>):
        %506 = "stablehlo.add"(%504, %505) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%506) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<32xf32>
    %507 = "stablehlo.dot_general"(%501, %arg36) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x256x32xf32>, tensor<32x32xf32>) -> tensor<2x256x32xf32>
    %508 = "stablehlo.dot_general"(%501, %447) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<32x32xf32>
    %509 = "stablehlo.transpose"(%508) {permutation = array<i64: 1, 0>} : (tensor<32x32xf32>) -> tensor<32x32xf32>
    %510 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %511 = "stablehlo.reduce"(%507, %510) ({
    ^bb0(%512: tensor<f32>, %513: tensor<f32>):
        %514 = "stablehlo.add"(%512, %513) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%514) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x32xf32>
    %515 = "stablehlo.reshape"(%511) : (tensor<2x32xf32>) -> tensor<2x1x32xf32>
    %516 = "stablehlo.multiply"(%507, %444) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %517 = "stablehlo.multiply"(%507, %438) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %518 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %519 = "stablehlo.reduce"(%517, %518) ({
    ^bb0(%520: tensor<f32>, %521: tensor<f32>):
        %522 = "stablehlo.add"(%520, %521) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%522) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x32xf32>
    %523 = "stablehlo.reshape"(%519) : (tensor<2x32xf32>) -> tensor<2x1x32xf32>
    %524 = "stablehlo.reshape"(%515) : (tensor<2x1x32xf32>) -> tensor<2x32xf32>
    %525 = "stablehlo.dot_general"(%524, %3) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<2x32xf32>, tensor<2x4xf32>) -> tensor<32x4xf32>
    %526 = "stablehlo.transpose"(%525) {permutation = array<i64: 1, 0>} : (tensor<32x4xf32>) -> tensor<4x32xf32>
    %527 = "stablehlo.reshape"(%523) : (tensor<2x1x32xf32>) -> tensor<2x32xf32>
    %528 = "stablehlo.dot_general"(%527, %3) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<2x32xf32>, tensor<2x4xf32>) -> tensor<32x4xf32>
    %529 = "stablehlo.transpose"(%528) {permutation = array<i64: 1, 0>} : (tensor<32x4xf32>) -> tensor<4x32xf32>
    %530 = "stablehlo.multiply"(%516, %437) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %531 = "stablehlo.multiply"(%516, %434) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %532 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %533 = "stablehlo.reduce"(%531, %532) ({
    ^bb0(%534: tensor<f32>, %535: tensor<f32>):
        %536 = "stablehlo.add"(%534, %535) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%536) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x256xf32>
    %537 = "stablehlo.reshape"(%533) : (tensor<2x256xf32>) -> tensor<2x256x1xf32>
    %538 = "stablehlo.multiply"(%537, %436) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %539 = "stablehlo.constant"() {value = dense<-0.5> : tensor<2x256x1xf32>} : () -> tensor<2x256x1xf32>
    %540 = "stablehlo.multiply"(%538, %539) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %541 = "stablehlo.divide"(%540, %435) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %542 = "stablehlo.negate"(%530) : (tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %543 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %544 = "stablehlo.reduce"(%542, %543) ({
    ^bb0(%545: tensor<f32>, %546: tensor<f32>):
        %547 = "stablehlo.add"(%545, %546) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%547) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x256xf32>
    %548 = "stablehlo.reshape"(%544) : (tensor<2x256xf32>) -> tensor<2x256x1xf32>
    %549 = "stablehlo.negate"(%541) : (tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %550 = "stablehlo.multiply"(%549, %422) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %551 = "stablehlo.add"(%548, %550) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %552 = "stablehlo.add"(%551, %550) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %553 = "stablehlo.divide"(%541, %25) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %554 = "stablehlo.reshape"(%553) : (tensor<2x256x1xf32>) -> tensor<2x256xf32>
    %555 = "stablehlo.broadcast_in_dim"(%554) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x256xf32>) -> tensor<2x256x32xf32>
    %556 = "stablehlo.multiply"(%555, %415) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %557 = "stablehlo.add"(%530, %556) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %558 = "stablehlo.add"(%557, %556) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %559 = "stablehlo.divide"(%552, %25) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %560 = "stablehlo.reshape"(%559) : (tensor<2x256x1xf32>) -> tensor<2x256xf32>
    %561 = "stablehlo.broadcast_in_dim"(%560) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x256xf32>) -> tensor<2x256x32xf32>
    %562 = "stablehlo.add"(%558, %561) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %563 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %564 = "stablehlo.reduce"(%562, %563) ({
    ^bb0(%565: tensor<f32>, %566: tensor<f32>):
        %567 = "stablehlo.add"(%565, %566) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%567) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<32xf32>
    %568 = "stablehlo.dot_general"(%562, %arg32) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x256x32xf32>, tensor<64x32xf32>) -> tensor<2x256x64xf32>
    %569 = "stablehlo.dot_general"(%562, %411) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x256x32xf32>, tensor<2x256x64xf32>) -> tensor<32x64xf32>
    %570 = "stablehlo.transpose"(%569) {permutation = array<i64: 1, 0>} : (tensor<32x64xf32>) -> tensor<64x32xf32>
    %571 = "stablehlo.multiply"(%568, %410) : (tensor<2x256x64xf32>, tensor<2x256x64xf32>) -> tensor<2x256x64xf32>
    %572 = "stablehlo.multiply"(%568, %408) : (tensor<2x256x64xf32>, tensor<2x256x64xf32>) -> tensor<2x256x64xf32>
    %573 = "stablehlo.multiply"(%572, %410) : (tensor<2x256x64xf32>, tensor<2x256x64xf32>) -> tensor<2x256x64xf32>
    %574 = "stablehlo.constant"() {value = dense<1.0> : tensor<2x256x64xf32>} : () -> tensor<2x256x64xf32>
    %575 = "stablehlo.subtract"(%574, %410) : (tensor<2x256x64xf32>, tensor<2x256x64xf32>) -> tensor<2x256x64xf32>
    %576 = "stablehlo.multiply"(%573, %575) : (tensor<2x256x64xf32>, tensor<2x256x64xf32>) -> tensor<2x256x64xf32>
    %577 = "stablehlo.multiply"(%576, %226) : (tensor<2x256x64xf32>, tensor<2x256x64xf32>) -> tensor<2x256x64xf32>
    %578 = "stablehlo.add"(%571, %577) : (tensor<2x256x64xf32>, tensor<2x256x64xf32>) -> tensor<2x256x64xf32>
    %579 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %580 = "stablehlo.reduce"(%578, %579) ({
    ^bb0(%581: tensor<f32>, %582: tensor<f32>):
        %583 = "stablehlo.add"(%581, %582) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%583) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x256x64xf32>, tensor<f32>) -> tensor<64xf32>
    %584 = "stablehlo.dot_general"(%578, %arg30) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x256x64xf32>, tensor<32x64xf32>) -> tensor<2x256x32xf32>
    %585 = "stablehlo.dot_general"(%578, %405) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x256x64xf32>, tensor<2x256x32xf32>) -> tensor<64x32xf32>
    %586 = "stablehlo.transpose"(%585) {permutation = array<i64: 1, 0>} : (tensor<64x32xf32>) -> tensor<32x64xf32>
    %587 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %588 = "stablehlo.reduce"(%584, %587) ({
    ^bb0(%589: tensor<f32>, %590: tensor<f32>):
        %591 = "stablehlo.add"(%589, %590) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%591) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x32xf32>
    %592 = "stablehlo.reshape"(%588) : (tensor<2x32xf32>) -> tensor<2x1x32xf32>
    %593 = "stablehlo.multiply"(%584, %402) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %594 = "stablehlo.multiply"(%584, %396) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %595 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %596 = "stablehlo.reduce"(%594, %595) ({
    ^bb0(%597: tensor<f32>, %598: tensor<f32>):
        %599 = "stablehlo.add"(%597, %598) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%599) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x32xf32>
    %600 = "stablehlo.reshape"(%596) : (tensor<2x32xf32>) -> tensor<2x1x32xf32>
    %601 = "stablehlo.reshape"(%592) : (tensor<2x1x32xf32>) -> tensor<2x32xf32>
    %602 = "stablehlo.dot_general"(%601, %3) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<2x32xf32>, tensor<2x4xf32>) -> tensor<32x4xf32>
    %603 = "stablehlo.transpose"(%602) {permutation = array<i64: 1, 0>} : (tensor<32x4xf32>) -> tensor<4x32xf32>
    %604 = "stablehlo.reshape"(%600) : (tensor<2x1x32xf32>) -> tensor<2x32xf32>
    %605 = "stablehlo.dot_general"(%604, %3) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<2x32xf32>, tensor<2x4xf32>) -> tensor<32x4xf32>
    %606 = "stablehlo.transpose"(%605) {permutation = array<i64: 1, 0>} : (tensor<32x4xf32>) -> tensor<4x32xf32>
    %607 = "stablehlo.multiply"(%593, %395) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %608 = "stablehlo.multiply"(%593, %392) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %609 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %610 = "stablehlo.reduce"(%608, %609) ({
    ^bb0(%611: tensor<f32>, %612: tensor<f32>):
        %613 = "stablehlo.add"(%611, %612) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%613) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x256xf32>
    %614 = "stablehlo.reshape"(%610) : (tensor<2x256xf32>) -> tensor<2x256x1xf32>
    %615 = "stablehlo.multiply"(%614, %394) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %616 = "stablehlo.multiply"(%615, %539) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %617 = "stablehlo.divide"(%616, %393) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %618 = "stablehlo.negate"(%607) : (tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %619 = "stablehlo.add"(%562, %607) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %620 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %621 = "stablehlo.reduce"(%618, %620) ({
    ^bb0(%622: tensor<f32>, %623: tensor<f32>):
        %624 = "stablehlo.add"(%622, %623) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%624) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x256xf32>
    %625 = "stablehlo.reshape"(%621) : (tensor<2x256xf32>) -> tensor<2x256x1xf32>
    %626 = "stablehlo.negate"(%617) : (tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %627 = "stablehlo.multiply"(%626, %380) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %628 = "stablehlo.add"(%625, %627) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %629 = "stablehlo.add"(%628, %627) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %630 = "stablehlo.divide"(%617, %25) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %631 = "stablehlo.reshape"(%630) : (tensor<2x256x1xf32>) -> tensor<2x256xf32>
    %632 = "stablehlo.broadcast_in_dim"(%631) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x256xf32>) -> tensor<2x256x32xf32>
    %633 = "stablehlo.multiply"(%632, %373) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %634 = "stablehlo.add"(%619, %633) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %635 = "stablehlo.add"(%634, %633) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %636 = "stablehlo.divide"(%629, %25) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %637 = "stablehlo.reshape"(%636) : (tensor<2x256x1xf32>) -> tensor<2x256xf32>
    %638 = "stablehlo.broadcast_in_dim"(%637) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x256xf32>) -> tensor<2x256x32xf32>
    %639 = "stablehlo.add"(%635, %638) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %640 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %641 = "stablehlo.reduce"(%639, %640) ({
    ^bb0(%642: tensor<f32>, %643: tensor<f32>):
        %644 = "stablehlo.add"(%642, %643) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%644) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<32xf32>
    %645 = "stablehlo.dot_general"(%639, %arg26) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x256x32xf32>, tensor<32x32xf32>) -> tensor<2x256x32xf32>
    %646 = "stablehlo.dot_general"(%639, %369) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<32x32xf32>
    %647 = "stablehlo.transpose"(%646) {permutation = array<i64: 1, 0>} : (tensor<32x32xf32>) -> tensor<32x32xf32>
    %648 = "stablehlo.reshape"(%645) : (tensor<2x256x32xf32>) -> tensor<2x256x2x16xf32>
    %649 = "stablehlo.transpose"(%648) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x256x2x16xf32>) -> tensor<2x2x256x16xf32>
    %650 = "stablehlo.slice"(%649) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 2, 2, 64, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x2x256x16xf32>) -> tensor<2x2x64x16xf32>
    %651 = "stablehlo.slice"(%649) {start_indices = array<i64: 0, 0, 64, 0>, limit_indices = array<i64: 2, 2, 128, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x2x256x16xf32>) -> tensor<2x2x64x16xf32>
    %652 = "stablehlo.slice"(%649) {start_indices = array<i64: 0, 0, 128, 0>, limit_indices = array<i64: 2, 2, 192, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x2x256x16xf32>) -> tensor<2x2x64x16xf32>
    %653 = "stablehlo.slice"(%649) {start_indices = array<i64: 0, 0, 192, 0>, limit_indices = array<i64: 2, 2, 256, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x2x256x16xf32>) -> tensor<2x2x64x16xf32>
    %654 = "stablehlo.dot_general"(%653, %365) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<2x2x64x16xf32>, tensor<2x2x256x16xf32>) -> tensor<2x2x64x256xf32>
    %655 = "stablehlo.dot_general"(%653, %364) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<2x2x64x16xf32>, tensor<2x2x64x256xf32>) -> tensor<2x2x16x256xf32>
    %656 = "stablehlo.transpose"(%655) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<2x2x16x256xf32>) -> tensor<2x2x256x16xf32>
    %657 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %658 = "stablehlo.pad"(%656, %657) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x2x256x16xf32>, tensor<f32>) -> tensor<2x2x256x16xf32>
    %659 = "stablehlo.divide"(%654, %363) : (tensor<2x2x64x256xf32>, tensor<2x2x64x256xf32>) -> tensor<2x2x64x256xf32>
    %660 = "stablehlo.multiply"(%654, %364) : (tensor<2x2x64x256xf32>, tensor<2x2x64x256xf32>) -> tensor<2x2x64x256xf32>
    %661 = "stablehlo.divide"(%660, %363) : (tensor<2x2x64x256xf32>, tensor<2x2x64x256xf32>) -> tensor<2x2x64x256xf32>
    %662 = "stablehlo.negate"(%661) : (tensor<2x2x64x256xf32>) -> tensor<2x2x64x256xf32>
    %663 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %664 = "stablehlo.reduce"(%662, %663) ({
    ^bb0(%665: tensor<f32>, %666: tensor<f32>):
        %667 = "stablehlo.add"(%665, %666) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%667) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x2x64x256xf32>, tensor<f32>) -> tensor<2x2x64xf32>
    %668 = "stablehlo.reshape"(%664) : (tensor<2x2x64xf32>) -> tensor<2x2x64x1xf32>
    %669 = "stablehlo.reshape"(%668) : (tensor<2x2x64x1xf32>) -> tensor<2x2x64xf32>
    %670 = "stablehlo.broadcast_in_dim"(%669) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x2x64xf32>) -> tensor<2x2x64x256xf32>
    %671 = "stablehlo.add"(%659, %670) : (tensor<2x2x64x256xf32>, tensor<2x2x64x256xf32>) -> tensor<2x2x64x256xf32>
    %672 = "stablehlo.multiply"(%671, %356) : (tensor<2x2x64x256xf32>, tensor<2x2x64x256xf32>) -> tensor<2x2x64x256xf32>
    %673 = "stablehlo.constant"() {value = dense<0.0> : tensor<2x2x64x256xf32>} : () -> tensor<2x2x64x256xf32>
    %674 = "stablehlo.select"(%163, %672, %673) : (tensor<2x2x64x256xi1>, tensor<2x2x64x256xf32>, tensor<2x2x64x256xf32>) -> tensor<2x2x64x256xf32>
    %675 = "stablehlo.dot_general"(%674, %345) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>} : (tensor<2x2x64x256xf32>, tensor<2x2x256x16xf32>) -> tensor<2x2x64x16xf32>
    %676 = "stablehlo.dot_general"(%674, %344) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<2x2x64x256xf32>, tensor<2x2x64x16xf32>) -> tensor<2x2x256x16xf32>
    %677 = "stablehlo.pad"(%676, %657) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x2x256x16xf32>, tensor<f32>) -> tensor<2x2x256x16xf32>
    %678 = "stablehlo.pad"(%675, %657) {edge_padding_low = array<i64: 0, 0, 192, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x2x64x16xf32>, tensor<f32>) -> tensor<2x2x256x16xf32>
    %679 = "stablehlo.dot_general"(%652, %342) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<2x2x64x16xf32>, tensor<2x2x192x16xf32>) -> tensor<2x2x64x192xf32>
    %680 = "stablehlo.dot_general"(%652, %341) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<2x2x64x16xf32>, tensor<2x2x64x192xf32>) -> tensor<2x2x16x192xf32>
    %681 = "stablehlo.transpose"(%680) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<2x2x16x192xf32>) -> tensor<2x2x192x16xf32>
    %682 = "stablehlo.pad"(%681, %657) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 64, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x2x192x16xf32>, tensor<f32>) -> tensor<2x2x256x16xf32>
    %683 = "stablehlo.add"(%658, %682) : (tensor<2x2x256x16xf32>, tensor<2x2x256x16xf32>) -> tensor<2x2x256x16xf32>
    %684 = "stablehlo.divide"(%679, %340) : (tensor<2x2x64x192xf32>, tensor<2x2x64x192xf32>) -> tensor<2x2x64x192xf32>
    %685 = "stablehlo.multiply"(%679, %341) : (tensor<2x2x64x192xf32>, tensor<2x2x64x192xf32>) -> tensor<2x2x64x192xf32>
    %686 = "stablehlo.divide"(%685, %340) : (tensor<2x2x64x192xf32>, tensor<2x2x64x192xf32>) -> tensor<2x2x64x192xf32>
    %687 = "stablehlo.negate"(%686) : (tensor<2x2x64x192xf32>) -> tensor<2x2x64x192xf32>
    %688 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %689 = "stablehlo.reduce"(%687, %688) ({
    ^bb0(%690: tensor<f32>, %691: tensor<f32>):
        %692 = "stablehlo.add"(%690, %691) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%692) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x2x64x192xf32>, tensor<f32>) -> tensor<2x2x64xf32>
    %693 = "stablehlo.reshape"(%689) : (tensor<2x2x64xf32>) -> tensor<2x2x64x1xf32>
    %694 = "stablehlo.reshape"(%693) : (tensor<2x2x64x1xf32>) -> tensor<2x2x64xf32>
    %695 = "stablehlo.broadcast_in_dim"(%694) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x2x64xf32>) -> tensor<2x2x64x192xf32>
    %696 = "stablehlo.add"(%684, %695) : (tensor<2x2x64x192xf32>, tensor<2x2x64x192xf32>) -> tensor<2x2x64x192xf32>
    %697 = "stablehlo.multiply"(%696, %333) : (tensor<2x2x64x192xf32>, tensor<2x2x64x192xf32>) -> tensor<2x2x64x192xf32>
    %698 = "stablehlo.constant"() {value = dense<0.0> : tensor<2x2x64x192xf32>} : () -> tensor<2x2x64x192xf32>
    %699 = "stablehlo.select"(%133, %697, %698) : (tensor<2x2x64x192xi1>, tensor<2x2x64x192xf32>, tensor<2x2x64x192xf32>) -> tensor<2x2x64x192xf32>
    %700 = "stablehlo.dot_general"(%699, %322) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>} : (tensor<2x2x64x192xf32>, tensor<2x2x192x16xf32>) -> tensor<2x2x64x16xf32>
    %701 = "stablehlo.dot_general"(%699, %321) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<2x2x64x192xf32>, tensor<2x2x64x16xf32>) -> tensor<2x2x192x16xf32>
    %702 = "stablehlo.pad"(%701, %657) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 64, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x2x192x16xf32>, tensor<f32>) -> tensor<2x2x256x16xf32>
    %703 = "stablehlo.add"(%677, %702) : (tensor<2x2x256x16xf32>, tensor<2x2x256x16xf32>) -> tensor<2x2x256x16xf32>
    %704 = "stablehlo.pad"(%700, %657) {edge_padding_low = array<i64: 0, 0, 128, 0>, edge_padding_high = array<i64: 0, 0, 64, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x2x64x16xf32>, tensor<f32>) -> tensor<2x2x256x16xf32>
    %705 = "stablehlo.add"(%678, %704) : (tensor<2x2x256x16xf32>, tensor<2x2x256x16xf32>) -> tensor<2x2x256x16xf32>
    %706 = "stablehlo.dot_general"(%651, %319) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<2x2x64x16xf32>, tensor<2x2x128x16xf32>) -> tensor<2x2x64x128xf32>
    %707 = "stablehlo.dot_general"(%651, %318) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<2x2x64x16xf32>, tensor<2x2x64x128xf32>) -> tensor<2x2x16x128xf32>
    %708 = "stablehlo.transpose"(%707) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<2x2x16x128xf32>) -> tensor<2x2x128x16xf32>
    %709 = "stablehlo.pad"(%708, %657) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 128, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x2x128x16xf32>, tensor<f32>) -> tensor<2x2x256x16xf32>
    %710 = "stablehlo.add"(%683, %709) : (tensor<2x2x256x16xf32>, tensor<2x2x256x16xf32>) -> tensor<2x2x256x16xf32>
    %711 = "stablehlo.divide"(%706, %317) : (tensor<2x2x64x128xf32>, tensor<2x2x64x128xf32>) -> tensor<2x2x64x128xf32>
    %712 = "stablehlo.multiply"(%706, %318) : (tensor<2x2x64x128xf32>, tensor<2x2x64x128xf32>) -> tensor<2x2x64x128xf32>
    %713 = "stablehlo.divide"(%712, %317) : (tensor<2x2x64x128xf32>, tensor<2x2x64x128xf32>) -> tensor<2x2x64x128xf32>
    %714 = "stablehlo.negate"(%713) : (tensor<2x2x64x128xf32>) -> tensor<2x2x64x128xf32>
    %715 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %716 = "stablehlo.reduce"(%714, %715) ({
    ^bb0(%717: tensor<f32>, %718: tensor<f32>):
        %719 = "stablehlo.add"(%717, %718) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%719) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x2x64x128xf32>, tensor<f32>) -> tensor<2x2x64xf32>
    %720 = "stablehlo.reshape"(%716) : (tensor<2x2x64xf32>) -> tensor<2x2x64x1xf32>
    %721 = "stablehlo.reshape"(%720) : (tensor<2x2x64x1xf32>) -> tensor<2x2x64xf32>
    %722 = "stablehlo.broadcast_in_dim"(%721) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x2x64xf32>) -> tensor<2x2x64x128xf32>
    %723 = "stablehlo.add"(%711, %722) : (tensor<2x2x64x128xf32>, tensor<2x2x64x128xf32>) -> tensor<2x2x64x128xf32>
    %724 = "stablehlo.multiply"(%723, %310) : (tensor<2x2x64x128xf32>, tensor<2x2x64x128xf32>) -> tensor<2x2x64x128xf32>
    %725 = "stablehlo.constant"() {value = dense<0.0> : tensor<2x2x64x128xf32>} : () -> tensor<2x2x64x128xf32>
    %726 = "stablehlo.select"(%103, %724, %725) : (tensor<2x2x64x128xi1>, tensor<2x2x64x128xf32>, tensor<2x2x64x128xf32>) -> tensor<2x2x64x128xf32>
    %727 = "stablehlo.dot_general"(%726, %299) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>} : (tensor<2x2x64x128xf32>, tensor<2x2x128x16xf32>) -> tensor<2x2x64x16xf32>
    %728 = "stablehlo.dot_general"(%726, %298) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<2x2x64x128xf32>, tensor<2x2x64x16xf32>) -> tensor<2x2x128x16xf32>
    %729 = "stablehlo.pad"(%728, %657) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 128, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x2x128x16xf32>, tensor<f32>) -> tensor<2x2x256x16xf32>
    %730 = "stablehlo.add"(%703, %729) : (tensor<2x2x256x16xf32>, tensor<2x2x256x16xf32>) -> tensor<2x2x256x16xf32>
    %731 = "stablehlo.pad"(%727, %657) {edge_padding_low = array<i64: 0, 0, 64, 0>, edge_padding_high = array<i64: 0, 0, 128, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x2x64x16xf32>, tensor<f32>) -> tensor<2x2x256x16xf32>
    %732 = "stablehlo.add"(%705, %731) : (tensor<2x2x256x16xf32>, tensor<2x2x256x16xf32>) -> tensor<2x2x256x16xf32>
    %733 = "stablehlo.dot_general"(%650, %296) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<2x2x64x16xf32>, tensor<2x2x64x16xf32>) -> tensor<2x2x64x64xf32>
    %734 = "stablehlo.dot_general"(%650, %295) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<2x2x64x16xf32>, tensor<2x2x64x64xf32>) -> tensor<2x2x16x64xf32>
    %735 = "stablehlo.transpose"(%734) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<2x2x16x64xf32>) -> tensor<2x2x64x16xf32>
    %736 = "stablehlo.pad"(%735, %657) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 192, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x2x64x16xf32>, tensor<f32>) -> tensor<2x2x256x16xf32>
    %737 = "stablehlo.add"(%710, %736) : (tensor<2x2x256x16xf32>, tensor<2x2x256x16xf32>) -> tensor<2x2x256x16xf32>
    %738 = "stablehlo.divide"(%733, %294) : (tensor<2x2x64x64xf32>, tensor<2x2x64x64xf32>) -> tensor<2x2x64x64xf32>
    %739 = "stablehlo.multiply"(%733, %295) : (tensor<2x2x64x64xf32>, tensor<2x2x64x64xf32>) -> tensor<2x2x64x64xf32>
    %740 = "stablehlo.divide"(%739, %294) : (tensor<2x2x64x64xf32>, tensor<2x2x64x64xf32>) -> tensor<2x2x64x64xf32>
    %741 = "stablehlo.negate"(%740) : (tensor<2x2x64x64xf32>) -> tensor<2x2x64x64xf32>
    %742 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %743 = "stablehlo.reduce"(%741, %742) ({
    ^bb0(%744: tensor<f32>, %745: tensor<f32>):
        %746 = "stablehlo.add"(%744, %745) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%746) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x2x64x64xf32>, tensor<f32>) -> tensor<2x2x64xf32>
    %747 = "stablehlo.reshape"(%743) : (tensor<2x2x64xf32>) -> tensor<2x2x64x1xf32>
    %748 = "stablehlo.reshape"(%747) : (tensor<2x2x64x1xf32>) -> tensor<2x2x64xf32>
    %749 = "stablehlo.broadcast_in_dim"(%748) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x2x64xf32>) -> tensor<2x2x64x64xf32>
    %750 = "stablehlo.add"(%738, %749) : (tensor<2x2x64x64xf32>, tensor<2x2x64x64xf32>) -> tensor<2x2x64x64xf32>
    %751 = "stablehlo.multiply"(%750, %287) : (tensor<2x2x64x64xf32>, tensor<2x2x64x64xf32>) -> tensor<2x2x64x64xf32>
    %752 = "stablehlo.constant"() {value = dense<0.0> : tensor<2x2x64x64xf32>} : () -> tensor<2x2x64x64xf32>
    %753 = "stablehlo.select"(%73, %751, %752) : (tensor<2x2x64x64xi1>, tensor<2x2x64x64xf32>, tensor<2x2x64x64xf32>) -> tensor<2x2x64x64xf32>
    %754 = "stablehlo.dot_general"(%753, %276) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>} : (tensor<2x2x64x64xf32>, tensor<2x2x64x16xf32>) -> tensor<2x2x64x16xf32>
    %755 = "stablehlo.dot_general"(%753, %275) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<2x2x64x64xf32>, tensor<2x2x64x16xf32>) -> tensor<2x2x64x16xf32>
    %756 = "stablehlo.pad"(%755, %657) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 192, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x2x64x16xf32>, tensor<f32>) -> tensor<2x2x256x16xf32>
    %757 = "stablehlo.add"(%730, %756) : (tensor<2x2x256x16xf32>, tensor<2x2x256x16xf32>) -> tensor<2x2x256x16xf32>
    %758 = "stablehlo.pad"(%754, %657) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 192, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x2x64x16xf32>, tensor<f32>) -> tensor<2x2x256x16xf32>
    %759 = "stablehlo.add"(%732, %758) : (tensor<2x2x256x16xf32>, tensor<2x2x256x16xf32>) -> tensor<2x2x256x16xf32>
    %760 = "stablehlo.divide"(%759, %62) : (tensor<2x2x256x16xf32>, tensor<2x2x256x16xf32>) -> tensor<2x2x256x16xf32>
    %761 = "stablehlo.pad"(%737, %657) {edge_padding_low = array<i64: 0, 0, 0, 32>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x2x256x16xf32>, tensor<f32>) -> tensor<2x2x256x48xf32>
    %762 = "stablehlo.pad"(%757, %657) {edge_padding_low = array<i64: 0, 0, 0, 16>, edge_padding_high = array<i64: 0, 0, 0, 16>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x2x256x16xf32>, tensor<f32>) -> tensor<2x2x256x48xf32>
    %763 = "stablehlo.add"(%761, %762) : (tensor<2x2x256x48xf32>, tensor<2x2x256x48xf32>) -> tensor<2x2x256x48xf32>
    %764 = "stablehlo.pad"(%760, %657) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 0, 32>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x2x256x16xf32>, tensor<f32>) -> tensor<2x2x256x48xf32>
    %765 = "stablehlo.add"(%763, %764) : (tensor<2x2x256x48xf32>, tensor<2x2x256x48xf32>) -> tensor<2x2x256x48xf32>
    %766 = "stablehlo.transpose"(%765) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x2x256x48xf32>) -> tensor<2x256x2x48xf32>
    %767 = "stablehlo.reshape"(%766) : (tensor<2x256x2x48xf32>) -> tensor<2x256x96xf32>
    %768 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %769 = "stablehlo.reduce"(%767, %768) ({
    ^bb0(%770: tensor<f32>, %771: tensor<f32>):
        %772 = "stablehlo.add"(%770, %771) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%772) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x256x96xf32>, tensor<f32>) -> tensor<96xf32>
    %773 = "stablehlo.dot_general"(%767, %arg24) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x256x96xf32>, tensor<32x96xf32>) -> tensor<2x256x32xf32>
    %774 = "stablehlo.dot_general"(%767, %265) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x256x96xf32>, tensor<2x256x32xf32>) -> tensor<96x32xf32>
    %775 = "stablehlo.transpose"(%774) {permutation = array<i64: 1, 0>} : (tensor<96x32xf32>) -> tensor<32x96xf32>
    %776 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %777 = "stablehlo.reduce"(%773, %776) ({
    ^bb0(%778: tensor<f32>, %779: tensor<f32>):
        %780 = "stablehlo.add"(%778, %779) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%780) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x32xf32>
    %781 = "stablehlo.reshape"(%777) : (tensor<2x32xf32>) -> tensor<2x1x32xf32>
    %782 = "stablehlo.multiply"(%773, %262) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %783 = "stablehlo.multiply"(%773, %256) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %784 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %785 = "stablehlo.reduce"(%783, %784) ({
    ^bb0(%786: tensor<f32>, %787: tensor<f32>):
        %788 = "stablehlo.add"(%786, %787) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%788) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x32xf32>
    %789 = "stablehlo.reshape"(%785) : (tensor<2x32xf32>) -> tensor<2x1x32xf32>
    %790 = "stablehlo.reshape"(%781) : (tensor<2x1x32xf32>) -> tensor<2x32xf32>
    %791 = "stablehlo.dot_general"(%790, %3) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<2x32xf32>, tensor<2x4xf32>) -> tensor<32x4xf32>
    %792 = "stablehlo.transpose"(%791) {permutation = array<i64: 1, 0>} : (tensor<32x4xf32>) -> tensor<4x32xf32>
    %793 = "stablehlo.reshape"(%789) : (tensor<2x1x32xf32>) -> tensor<2x32xf32>
    %794 = "stablehlo.dot_general"(%793, %3) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<2x32xf32>, tensor<2x4xf32>) -> tensor<32x4xf32>
    %795 = "stablehlo.transpose"(%794) {permutation = array<i64: 1, 0>} : (tensor<32x4xf32>) -> tensor<4x32xf32>
    %796 = "stablehlo.multiply"(%782, %255) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %797 = "stablehlo.multiply"(%782, %252) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %798 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %799 = "stablehlo.reduce"(%797, %798) ({
    ^bb0(%800: tensor<f32>, %801: tensor<f32>):
        %802 = "stablehlo.add"(%800, %801) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%802) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x256xf32>
    %803 = "stablehlo.reshape"(%799) : (tensor<2x256xf32>) -> tensor<2x256x1xf32>
    %804 = "stablehlo.multiply"(%803, %254) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %805 = "stablehlo.multiply"(%804, %539) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %806 = "stablehlo.divide"(%805, %253) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %807 = "stablehlo.negate"(%796) : (tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %808 = "stablehlo.add"(%639, %796) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %809 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %810 = "stablehlo.reduce"(%807, %809) ({
    ^bb0(%811: tensor<f32>, %812: tensor<f32>):
        %813 = "stablehlo.add"(%811, %812) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%813) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x256xf32>
    %814 = "stablehlo.reshape"(%810) : (tensor<2x256xf32>) -> tensor<2x256x1xf32>
    %815 = "stablehlo.negate"(%806) : (tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %816 = "stablehlo.multiply"(%815, %240) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %817 = "stablehlo.add"(%814, %816) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %818 = "stablehlo.add"(%817, %816) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %819 = "stablehlo.divide"(%806, %25) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %820 = "stablehlo.reshape"(%819) : (tensor<2x256x1xf32>) -> tensor<2x256xf32>
    %821 = "stablehlo.broadcast_in_dim"(%820) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x256xf32>) -> tensor<2x256x32xf32>
    %822 = "stablehlo.multiply"(%821, %233) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %823 = "stablehlo.add"(%808, %822) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %824 = "stablehlo.add"(%823, %822) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %825 = "stablehlo.divide"(%818, %25) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %826 = "stablehlo.reshape"(%825) : (tensor<2x256x1xf32>) -> tensor<2x256xf32>
    %827 = "stablehlo.broadcast_in_dim"(%826) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x256xf32>) -> tensor<2x256x32xf32>
    %828 = "stablehlo.add"(%824, %827) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %829 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %830 = "stablehlo.reduce"(%828, %829) ({
    ^bb0(%831: tensor<f32>, %832: tensor<f32>):
        %833 = "stablehlo.add"(%831, %832) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%833) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<32xf32>
    %834 = "stablehlo.dot_general"(%828, %arg20) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x256x32xf32>, tensor<64x32xf32>) -> tensor<2x256x64xf32>
    %835 = "stablehlo.dot_general"(%828, %229) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x256x32xf32>, tensor<2x256x64xf32>) -> tensor<32x64xf32>
    %836 = "stablehlo.transpose"(%835) {permutation = array<i64: 1, 0>} : (tensor<32x64xf32>) -> tensor<64x32xf32>
    %837 = "stablehlo.multiply"(%834, %228) : (tensor<2x256x64xf32>, tensor<2x256x64xf32>) -> tensor<2x256x64xf32>
    %838 = "stablehlo.multiply"(%834, %225) : (tensor<2x256x64xf32>, tensor<2x256x64xf32>) -> tensor<2x256x64xf32>
    %839 = "stablehlo.multiply"(%838, %228) : (tensor<2x256x64xf32>, tensor<2x256x64xf32>) -> tensor<2x256x64xf32>
    %840 = "stablehlo.subtract"(%574, %228) : (tensor<2x256x64xf32>, tensor<2x256x64xf32>) -> tensor<2x256x64xf32>
    %841 = "stablehlo.multiply"(%839, %840) : (tensor<2x256x64xf32>, tensor<2x256x64xf32>) -> tensor<2x256x64xf32>
    %842 = "stablehlo.multiply"(%841, %226) : (tensor<2x256x64xf32>, tensor<2x256x64xf32>) -> tensor<2x256x64xf32>
    %843 = "stablehlo.add"(%837, %842) : (tensor<2x256x64xf32>, tensor<2x256x64xf32>) -> tensor<2x256x64xf32>
    %844 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %845 = "stablehlo.reduce"(%843, %844) ({
    ^bb0(%846: tensor<f32>, %847: tensor<f32>):
        %848 = "stablehlo.add"(%846, %847) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%848) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x256x64xf32>, tensor<f32>) -> tensor<64xf32>
    %849 = "stablehlo.dot_general"(%843, %arg18) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x256x64xf32>, tensor<32x64xf32>) -> tensor<2x256x32xf32>
    %850 = "stablehlo.dot_general"(%843, %222) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x256x64xf32>, tensor<2x256x32xf32>) -> tensor<64x32xf32>
    %851 = "stablehlo.transpose"(%850) {permutation = array<i64: 1, 0>} : (tensor<64x32xf32>) -> tensor<32x64xf32>
    %852 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %853 = "stablehlo.reduce"(%849, %852) ({
    ^bb0(%854: tensor<f32>, %855: tensor<f32>):
        %856 = "stablehlo.add"(%854, %855) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%856) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x32xf32>
    %857 = "stablehlo.reshape"(%853) : (tensor<2x32xf32>) -> tensor<2x1x32xf32>
    %858 = "stablehlo.multiply"(%849, %219) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %859 = "stablehlo.multiply"(%849, %213) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %860 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %861 = "stablehlo.reduce"(%859, %860) ({
    ^bb0(%862: tensor<f32>, %863: tensor<f32>):
        %864 = "stablehlo.add"(%862, %863) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%864) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x32xf32>
    %865 = "stablehlo.reshape"(%861) : (tensor<2x32xf32>) -> tensor<2x1x32xf32>
    %866 = "stablehlo.reshape"(%857) : (tensor<2x1x32xf32>) -> tensor<2x32xf32>
    %867 = "stablehlo.dot_general"(%866, %3) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<2x32xf32>, tensor<2x4xf32>) -> tensor<32x4xf32>
    %868 = "stablehlo.transpose"(%867) {permutation = array<i64: 1, 0>} : (tensor<32x4xf32>) -> tensor<4x32xf32>
    %869 = "stablehlo.reshape"(%865) : (tensor<2x1x32xf32>) -> tensor<2x32xf32>
    %870 = "stablehlo.dot_general"(%869, %3) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<2x32xf32>, tensor<2x4xf32>) -> tensor<32x4xf32>
    %871 = "stablehlo.transpose"(%870) {permutation = array<i64: 1, 0>} : (tensor<32x4xf32>) -> tensor<4x32xf32>
    %872 = "stablehlo.multiply"(%858, %212) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %873 = "stablehlo.multiply"(%858, %209) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %874 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %875 = "stablehlo.reduce"(%873, %874) ({
    ^bb0(%876: tensor<f32>, %877: tensor<f32>):
        %878 = "stablehlo.add"(%876, %877) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%878) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x256xf32>
    %879 = "stablehlo.reshape"(%875) : (tensor<2x256xf32>) -> tensor<2x256x1xf32>
    %880 = "stablehlo.multiply"(%879, %211) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %881 = "stablehlo.multiply"(%880, %539) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %882 = "stablehlo.divide"(%881, %210) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %883 = "stablehlo.negate"(%872) : (tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %884 = "stablehlo.add"(%828, %872) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %885 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %886 = "stablehlo.reduce"(%883, %885) ({
    ^bb0(%887: tensor<f32>, %888: tensor<f32>):
        %889 = "stablehlo.add"(%887, %888) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%889) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x256xf32>
    %890 = "stablehlo.reshape"(%886) : (tensor<2x256xf32>) -> tensor<2x256x1xf32>
    %891 = "stablehlo.negate"(%882) : (tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %892 = "stablehlo.multiply"(%891, %197) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %893 = "stablehlo.add"(%890, %892) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %894 = "stablehlo.add"(%893, %892) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %895 = "stablehlo.divide"(%882, %25) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %896 = "stablehlo.reshape"(%895) : (tensor<2x256x1xf32>) -> tensor<2x256xf32>
    %897 = "stablehlo.broadcast_in_dim"(%896) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x256xf32>) -> tensor<2x256x32xf32>
    %898 = "stablehlo.multiply"(%897, %190) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %899 = "stablehlo.add"(%884, %898) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %900 = "stablehlo.add"(%899, %898) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %901 = "stablehlo.divide"(%894, %25) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %902 = "stablehlo.reshape"(%901) : (tensor<2x256x1xf32>) -> tensor<2x256xf32>
    %903 = "stablehlo.broadcast_in_dim"(%902) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x256xf32>) -> tensor<2x256x32xf32>
    %904 = "stablehlo.add"(%900, %903) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %905 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %906 = "stablehlo.reduce"(%904, %905) ({
    ^bb0(%907: tensor<f32>, %908: tensor<f32>):
        %909 = "stablehlo.add"(%907, %908) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%909) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<32xf32>
    %910 = "stablehlo.dot_general"(%904, %arg14) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x256x32xf32>, tensor<32x32xf32>) -> tensor<2x256x32xf32>
    %911 = "stablehlo.dot_general"(%904, %186) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<32x32xf32>
    %912 = "stablehlo.transpose"(%911) {permutation = array<i64: 1, 0>} : (tensor<32x32xf32>) -> tensor<32x32xf32>
    %913 = "stablehlo.reshape"(%910) : (tensor<2x256x32xf32>) -> tensor<2x256x2x16xf32>
    %914 = "stablehlo.transpose"(%913) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x256x2x16xf32>) -> tensor<2x2x256x16xf32>
    %915 = "stablehlo.slice"(%914) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 2, 2, 64, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x2x256x16xf32>) -> tensor<2x2x64x16xf32>
    %916 = "stablehlo.slice"(%914) {start_indices = array<i64: 0, 0, 64, 0>, limit_indices = array<i64: 2, 2, 128, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x2x256x16xf32>) -> tensor<2x2x64x16xf32>
    %917 = "stablehlo.slice"(%914) {start_indices = array<i64: 0, 0, 128, 0>, limit_indices = array<i64: 2, 2, 192, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x2x256x16xf32>) -> tensor<2x2x64x16xf32>
    %918 = "stablehlo.slice"(%914) {start_indices = array<i64: 0, 0, 192, 0>, limit_indices = array<i64: 2, 2, 256, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x2x256x16xf32>) -> tensor<2x2x64x16xf32>
    %919 = "stablehlo.dot_general"(%918, %182) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<2x2x64x16xf32>, tensor<2x2x256x16xf32>) -> tensor<2x2x64x256xf32>
    %920 = "stablehlo.dot_general"(%918, %181) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<2x2x64x16xf32>, tensor<2x2x64x256xf32>) -> tensor<2x2x16x256xf32>
    %921 = "stablehlo.transpose"(%920) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<2x2x16x256xf32>) -> tensor<2x2x256x16xf32>
    %922 = "stablehlo.pad"(%921, %657) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x2x256x16xf32>, tensor<f32>) -> tensor<2x2x256x16xf32>
    %923 = "stablehlo.divide"(%919, %180) : (tensor<2x2x64x256xf32>, tensor<2x2x64x256xf32>) -> tensor<2x2x64x256xf32>
    %924 = "stablehlo.multiply"(%919, %181) : (tensor<2x2x64x256xf32>, tensor<2x2x64x256xf32>) -> tensor<2x2x64x256xf32>
    %925 = "stablehlo.divide"(%924, %180) : (tensor<2x2x64x256xf32>, tensor<2x2x64x256xf32>) -> tensor<2x2x64x256xf32>
    %926 = "stablehlo.negate"(%925) : (tensor<2x2x64x256xf32>) -> tensor<2x2x64x256xf32>
    %927 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %928 = "stablehlo.reduce"(%926, %927) ({
    ^bb0(%929: tensor<f32>, %930: tensor<f32>):
        %931 = "stablehlo.add"(%929, %930) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%931) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x2x64x256xf32>, tensor<f32>) -> tensor<2x2x64xf32>
    %932 = "stablehlo.reshape"(%928) : (tensor<2x2x64xf32>) -> tensor<2x2x64x1xf32>
    %933 = "stablehlo.reshape"(%932) : (tensor<2x2x64x1xf32>) -> tensor<2x2x64xf32>
    %934 = "stablehlo.broadcast_in_dim"(%933) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x2x64xf32>) -> tensor<2x2x64x256xf32>
    %935 = "stablehlo.add"(%923, %934) : (tensor<2x2x64x256xf32>, tensor<2x2x64x256xf32>) -> tensor<2x2x64x256xf32>
    %936 = "stablehlo.multiply"(%935, %173) : (tensor<2x2x64x256xf32>, tensor<2x2x64x256xf32>) -> tensor<2x2x64x256xf32>
    %937 = "stablehlo.select"(%163, %936, %673) : (tensor<2x2x64x256xi1>, tensor<2x2x64x256xf32>, tensor<2x2x64x256xf32>) -> tensor<2x2x64x256xf32>
    %938 = "stablehlo.dot_general"(%937, %155) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>} : (tensor<2x2x64x256xf32>, tensor<2x2x256x16xf32>) -> tensor<2x2x64x16xf32>
    %939 = "stablehlo.dot_general"(%937, %154) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<2x2x64x256xf32>, tensor<2x2x64x16xf32>) -> tensor<2x2x256x16xf32>
    %940 = "stablehlo.pad"(%939, %657) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x2x256x16xf32>, tensor<f32>) -> tensor<2x2x256x16xf32>
    %941 = "stablehlo.pad"(%938, %657) {edge_padding_low = array<i64: 0, 0, 192, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x2x64x16xf32>, tensor<f32>) -> tensor<2x2x256x16xf32>
    %942 = "stablehlo.dot_general"(%917, %152) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<2x2x64x16xf32>, tensor<2x2x192x16xf32>) -> tensor<2x2x64x192xf32>
    %943 = "stablehlo.dot_general"(%917, %151) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<2x2x64x16xf32>, tensor<2x2x64x192xf32>) -> tensor<2x2x16x192xf32>
    %944 = "stablehlo.transpose"(%943) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<2x2x16x192xf32>) -> tensor<2x2x192x16xf32>
    %945 = "stablehlo.pad"(%944, %657) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 64, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x2x192x16xf32>, tensor<f32>) -> tensor<2x2x256x16xf32>
    %946 = "stablehlo.add"(%922, %945) : (tensor<2x2x256x16xf32>, tensor<2x2x256x16xf32>) -> tensor<2x2x256x16xf32>
    %947 = "stablehlo.divide"(%942, %150) : (tensor<2x2x64x192xf32>, tensor<2x2x64x192xf32>) -> tensor<2x2x64x192xf32>
    %948 = "stablehlo.multiply"(%942, %151) : (tensor<2x2x64x192xf32>, tensor<2x2x64x192xf32>) -> tensor<2x2x64x192xf32>
    %949 = "stablehlo.divide"(%948, %150) : (tensor<2x2x64x192xf32>, tensor<2x2x64x192xf32>) -> tensor<2x2x64x192xf32>
    %950 = "stablehlo.negate"(%949) : (tensor<2x2x64x192xf32>) -> tensor<2x2x64x192xf32>
    %951 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %952 = "stablehlo.reduce"(%950, %951) ({
    ^bb0(%953: tensor<f32>, %954: tensor<f32>):
        %955 = "stablehlo.add"(%953, %954) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%955) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x2x64x192xf32>, tensor<f32>) -> tensor<2x2x64xf32>
    %956 = "stablehlo.reshape"(%952) : (tensor<2x2x64xf32>) -> tensor<2x2x64x1xf32>
    %957 = "stablehlo.reshape"(%956) : (tensor<2x2x64x1xf32>) -> tensor<2x2x64xf32>
    %958 = "stablehlo.broadcast_in_dim"(%957) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x2x64xf32>) -> tensor<2x2x64x192xf32>
    %959 = "stablehlo.add"(%947, %958) : (tensor<2x2x64x192xf32>, tensor<2x2x64x192xf32>) -> tensor<2x2x64x192xf32>
    %960 = "stablehlo.multiply"(%959, %143) : (tensor<2x2x64x192xf32>, tensor<2x2x64x192xf32>) -> tensor<2x2x64x192xf32>
    %961 = "stablehlo.select"(%133, %960, %698) : (tensor<2x2x64x192xi1>, tensor<2x2x64x192xf32>, tensor<2x2x64x192xf32>) -> tensor<2x2x64x192xf32>
    %962 = "stablehlo.dot_general"(%961, %125) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>} : (tensor<2x2x64x192xf32>, tensor<2x2x192x16xf32>) -> tensor<2x2x64x16xf32>
    %963 = "stablehlo.dot_general"(%961, %124) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<2x2x64x192xf32>, tensor<2x2x64x16xf32>) -> tensor<2x2x192x16xf32>
    %964 = "stablehlo.pad"(%963, %657) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 64, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x2x192x16xf32>, tensor<f32>) -> tensor<2x2x256x16xf32>
    %965 = "stablehlo.add"(%940, %964) : (tensor<2x2x256x16xf32>, tensor<2x2x256x16xf32>) -> tensor<2x2x256x16xf32>
    %966 = "stablehlo.pad"(%962, %657) {edge_padding_low = array<i64: 0, 0, 128, 0>, edge_padding_high = array<i64: 0, 0, 64, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x2x64x16xf32>, tensor<f32>) -> tensor<2x2x256x16xf32>
    %967 = "stablehlo.add"(%941, %966) : (tensor<2x2x256x16xf32>, tensor<2x2x256x16xf32>) -> tensor<2x2x256x16xf32>
    %968 = "stablehlo.dot_general"(%916, %122) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<2x2x64x16xf32>, tensor<2x2x128x16xf32>) -> tensor<2x2x64x128xf32>
    %969 = "stablehlo.dot_general"(%916, %121) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<2x2x64x16xf32>, tensor<2x2x64x128xf32>) -> tensor<2x2x16x128xf32>
    %970 = "stablehlo.transpose"(%969) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<2x2x16x128xf32>) -> tensor<2x2x128x16xf32>
    %971 = "stablehlo.pad"(%970, %657) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 128, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x2x128x16xf32>, tensor<f32>) -> tensor<2x2x256x16xf32>
    %972 = "stablehlo.add"(%946, %971) : (tensor<2x2x256x16xf32>, tensor<2x2x256x16xf32>) -> tensor<2x2x256x16xf32>
    %973 = "stablehlo.divide"(%968, %120) : (tensor<2x2x64x128xf32>, tensor<2x2x64x128xf32>) -> tensor<2x2x64x128xf32>
    %974 = "stablehlo.multiply"(%968, %121) : (tensor<2x2x64x128xf32>, tensor<2x2x64x128xf32>) -> tensor<2x2x64x128xf32>
    %975 = "stablehlo.divide"(%974, %120) : (tensor<2x2x64x128xf32>, tensor<2x2x64x128xf32>) -> tensor<2x2x64x128xf32>
    %976 = "stablehlo.negate"(%975) : (tensor<2x2x64x128xf32>) -> tensor<2x2x64x128xf32>
    %977 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %978 = "stablehlo.reduce"(%976, %977) ({
    ^bb0(%979: tensor<f32>, %980: tensor<f32>):
        %981 = "stablehlo.add"(%979, %980) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%981) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x2x64x128xf32>, tensor<f32>) -> tensor<2x2x64xf32>
    %982 = "stablehlo.reshape"(%978) : (tensor<2x2x64xf32>) -> tensor<2x2x64x1xf32>
    %983 = "stablehlo.reshape"(%982) : (tensor<2x2x64x1xf32>) -> tensor<2x2x64xf32>
    %984 = "stablehlo.broadcast_in_dim"(%983) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x2x64xf32>) -> tensor<2x2x64x128xf32>
    %985 = "stablehlo.add"(%973, %984) : (tensor<2x2x64x128xf32>, tensor<2x2x64x128xf32>) -> tensor<2x2x64x128xf32>
    %986 = "stablehlo.multiply"(%985, %113) : (tensor<2x2x64x128xf32>, tensor<2x2x64x128xf32>) -> tensor<2x2x64x128xf32>
    %987 = "stablehlo.select"(%103, %986, %725) : (tensor<2x2x64x128xi1>, tensor<2x2x64x128xf32>, tensor<2x2x64x128xf32>) -> tensor<2x2x64x128xf32>
    %988 = "stablehlo.dot_general"(%987, %95) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>} : (tensor<2x2x64x128xf32>, tensor<2x2x128x16xf32>) -> tensor<2x2x64x16xf32>
    %989 = "stablehlo.dot_general"(%987, %94) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<2x2x64x128xf32>, tensor<2x2x64x16xf32>) -> tensor<2x2x128x16xf32>
    %990 = "stablehlo.pad"(%989, %657) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 128, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x2x128x16xf32>, tensor<f32>) -> tensor<2x2x256x16xf32>
    %991 = "stablehlo.add"(%965, %990) : (tensor<2x2x256x16xf32>, tensor<2x2x256x16xf32>) -> tensor<2x2x256x16xf32>
    %992 = "stablehlo.pad"(%988, %657) {edge_padding_low = array<i64: 0, 0, 64, 0>, edge_padding_high = array<i64: 0, 0, 128, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x2x64x16xf32>, tensor<f32>) -> tensor<2x2x256x16xf32>
    %993 = "stablehlo.add"(%967, %992) : (tensor<2x2x256x16xf32>, tensor<2x2x256x16xf32>) -> tensor<2x2x256x16xf32>
    %994 = "stablehlo.dot_general"(%915, %92) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<2x2x64x16xf32>, tensor<2x2x64x16xf32>) -> tensor<2x2x64x64xf32>
    %995 = "stablehlo.dot_general"(%915, %91) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<2x2x64x16xf32>, tensor<2x2x64x64xf32>) -> tensor<2x2x16x64xf32>
    %996 = "stablehlo.transpose"(%995) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<2x2x16x64xf32>) -> tensor<2x2x64x16xf32>
    %997 = "stablehlo.pad"(%996, %657) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 192, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x2x64x16xf32>, tensor<f32>) -> tensor<2x2x256x16xf32>
    %998 = "stablehlo.add"(%972, %997) : (tensor<2x2x256x16xf32>, tensor<2x2x256x16xf32>) -> tensor<2x2x256x16xf32>
    %999 = "stablehlo.divide"(%994, %90) : (tensor<2x2x64x64xf32>, tensor<2x2x64x64xf32>) -> tensor<2x2x64x64xf32>
    %1000 = "stablehlo.multiply"(%994, %91) : (tensor<2x2x64x64xf32>, tensor<2x2x64x64xf32>) -> tensor<2x2x64x64xf32>
    %1001 = "stablehlo.divide"(%1000, %90) : (tensor<2x2x64x64xf32>, tensor<2x2x64x64xf32>) -> tensor<2x2x64x64xf32>
    %1002 = "stablehlo.negate"(%1001) : (tensor<2x2x64x64xf32>) -> tensor<2x2x64x64xf32>
    %1003 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1004 = "stablehlo.reduce"(%1002, %1003) ({
    ^bb0(%1005: tensor<f32>, %1006: tensor<f32>):
        %1007 = "stablehlo.add"(%1005, %1006) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1007) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x2x64x64xf32>, tensor<f32>) -> tensor<2x2x64xf32>
    %1008 = "stablehlo.reshape"(%1004) : (tensor<2x2x64xf32>) -> tensor<2x2x64x1xf32>
    %1009 = "stablehlo.reshape"(%1008) : (tensor<2x2x64x1xf32>) -> tensor<2x2x64xf32>
    %1010 = "stablehlo.broadcast_in_dim"(%1009) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x2x64xf32>) -> tensor<2x2x64x64xf32>
    %1011 = "stablehlo.add"(%999, %1010) : (tensor<2x2x64x64xf32>, tensor<2x2x64x64xf32>) -> tensor<2x2x64x64xf32>
    %1012 = "stablehlo.multiply"(%1011, %83) : (tensor<2x2x64x64xf32>, tensor<2x2x64x64xf32>) -> tensor<2x2x64x64xf32>
    %1013 = "stablehlo.select"(%73, %1012, %752) : (tensor<2x2x64x64xi1>, tensor<2x2x64x64xf32>, tensor<2x2x64x64xf32>) -> tensor<2x2x64x64xf32>
    %1014 = "stablehlo.dot_general"(%1013, %65) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>} : (tensor<2x2x64x64xf32>, tensor<2x2x64x16xf32>) -> tensor<2x2x64x16xf32>
    %1015 = "stablehlo.dot_general"(%1013, %64) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<2x2x64x64xf32>, tensor<2x2x64x16xf32>) -> tensor<2x2x64x16xf32>
    %1016 = "stablehlo.pad"(%1015, %657) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 192, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x2x64x16xf32>, tensor<f32>) -> tensor<2x2x256x16xf32>
    %1017 = "stablehlo.add"(%991, %1016) : (tensor<2x2x256x16xf32>, tensor<2x2x256x16xf32>) -> tensor<2x2x256x16xf32>
    %1018 = "stablehlo.pad"(%1014, %657) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 192, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x2x64x16xf32>, tensor<f32>) -> tensor<2x2x256x16xf32>
    %1019 = "stablehlo.add"(%993, %1018) : (tensor<2x2x256x16xf32>, tensor<2x2x256x16xf32>) -> tensor<2x2x256x16xf32>
    %1020 = "stablehlo.divide"(%1019, %62) : (tensor<2x2x256x16xf32>, tensor<2x2x256x16xf32>) -> tensor<2x2x256x16xf32>
    %1021 = "stablehlo.pad"(%998, %657) {edge_padding_low = array<i64: 0, 0, 0, 32>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x2x256x16xf32>, tensor<f32>) -> tensor<2x2x256x48xf32>
    %1022 = "stablehlo.pad"(%1017, %657) {edge_padding_low = array<i64: 0, 0, 0, 16>, edge_padding_high = array<i64: 0, 0, 0, 16>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x2x256x16xf32>, tensor<f32>) -> tensor<2x2x256x48xf32>
    %1023 = "stablehlo.add"(%1021, %1022) : (tensor<2x2x256x48xf32>, tensor<2x2x256x48xf32>) -> tensor<2x2x256x48xf32>
    %1024 = "stablehlo.pad"(%1020, %657) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 0, 32>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x2x256x16xf32>, tensor<f32>) -> tensor<2x2x256x48xf32>
    %1025 = "stablehlo.add"(%1023, %1024) : (tensor<2x2x256x48xf32>, tensor<2x2x256x48xf32>) -> tensor<2x2x256x48xf32>
    %1026 = "stablehlo.transpose"(%1025) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x2x256x48xf32>) -> tensor<2x256x2x48xf32>
    %1027 = "stablehlo.reshape"(%1026) : (tensor<2x256x2x48xf32>) -> tensor<2x256x96xf32>
    %1028 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1029 = "stablehlo.reduce"(%1027, %1028) ({
    ^bb0(%1030: tensor<f32>, %1031: tensor<f32>):
        %1032 = "stablehlo.add"(%1030, %1031) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1032) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x256x96xf32>, tensor<f32>) -> tensor<96xf32>
    %1033 = "stablehlo.dot_general"(%1027, %arg12) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x256x96xf32>, tensor<32x96xf32>) -> tensor<2x256x32xf32>
    %1034 = "stablehlo.dot_general"(%1027, %53) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x256x96xf32>, tensor<2x256x32xf32>) -> tensor<96x32xf32>
    %1035 = "stablehlo.transpose"(%1034) {permutation = array<i64: 1, 0>} : (tensor<96x32xf32>) -> tensor<32x96xf32>
    %1036 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1037 = "stablehlo.reduce"(%1033, %1036) ({
    ^bb0(%1038: tensor<f32>, %1039: tensor<f32>):
        %1040 = "stablehlo.add"(%1038, %1039) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1040) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x32xf32>
    %1041 = "stablehlo.reshape"(%1037) : (tensor<2x32xf32>) -> tensor<2x1x32xf32>
    %1042 = "stablehlo.multiply"(%1033, %50) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %1043 = "stablehlo.multiply"(%1033, %43) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %1044 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1045 = "stablehlo.reduce"(%1043, %1044) ({
    ^bb0(%1046: tensor<f32>, %1047: tensor<f32>):
        %1048 = "stablehlo.add"(%1046, %1047) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1048) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x32xf32>
    %1049 = "stablehlo.reshape"(%1045) : (tensor<2x32xf32>) -> tensor<2x1x32xf32>
    %1050 = "stablehlo.reshape"(%1041) : (tensor<2x1x32xf32>) -> tensor<2x32xf32>
    %1051 = "stablehlo.dot_general"(%1050, %3) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<2x32xf32>, tensor<2x4xf32>) -> tensor<32x4xf32>
    %1052 = "stablehlo.transpose"(%1051) {permutation = array<i64: 1, 0>} : (tensor<32x4xf32>) -> tensor<4x32xf32>
    %1053 = "stablehlo.reshape"(%1049) : (tensor<2x1x32xf32>) -> tensor<2x32xf32>
    %1054 = "stablehlo.dot_general"(%1053, %3) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<2x32xf32>, tensor<2x4xf32>) -> tensor<32x4xf32>
    %1055 = "stablehlo.transpose"(%1054) {permutation = array<i64: 1, 0>} : (tensor<32x4xf32>) -> tensor<4x32xf32>
    %1056 = "stablehlo.multiply"(%1042, %42) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %1057 = "stablehlo.multiply"(%1042, %38) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %1058 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1059 = "stablehlo.reduce"(%1057, %1058) ({
    ^bb0(%1060: tensor<f32>, %1061: tensor<f32>):
        %1062 = "stablehlo.add"(%1060, %1061) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1062) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x256xf32>
    %1063 = "stablehlo.reshape"(%1059) : (tensor<2x256xf32>) -> tensor<2x256x1xf32>
    %1064 = "stablehlo.multiply"(%1063, %41) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %1065 = "stablehlo.multiply"(%1064, %539) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %1066 = "stablehlo.divide"(%1065, %40) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %1067 = "stablehlo.negate"(%1056) : (tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %1068 = "stablehlo.add"(%904, %1056) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %1069 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1070 = "stablehlo.reduce"(%1067, %1069) ({
    ^bb0(%1071: tensor<f32>, %1072: tensor<f32>):
        %1073 = "stablehlo.add"(%1071, %1072) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1073) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x256xf32>
    %1074 = "stablehlo.reshape"(%1070) : (tensor<2x256xf32>) -> tensor<2x256x1xf32>
    %1075 = "stablehlo.negate"(%1066) : (tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %1076 = "stablehlo.multiply"(%1075, %26) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %1077 = "stablehlo.add"(%1074, %1076) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %1078 = "stablehlo.add"(%1077, %1076) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %1079 = "stablehlo.divide"(%1066, %25) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %1080 = "stablehlo.reshape"(%1079) : (tensor<2x256x1xf32>) -> tensor<2x256xf32>
    %1081 = "stablehlo.broadcast_in_dim"(%1080) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x256xf32>) -> tensor<2x256x32xf32>
    %1082 = "stablehlo.multiply"(%1081, %18) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %1083 = "stablehlo.add"(%1068, %1082) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %1084 = "stablehlo.add"(%1083, %1082) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %1085 = "stablehlo.divide"(%1078, %25) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %1086 = "stablehlo.reshape"(%1085) : (tensor<2x256x1xf32>) -> tensor<2x256xf32>
    %1087 = "stablehlo.broadcast_in_dim"(%1086) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x256xf32>) -> tensor<2x256x32xf32>
    %1088 = "stablehlo.add"(%1084, %1087) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %1089 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1090 = "stablehlo.reduce"(%1088, %1089) ({
    ^bb0(%1091: tensor<f32>, %1092: tensor<f32>):
        %1093 = "stablehlo.add"(%1091, %1092) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1093) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<256x32xf32>
    %1094 = "stablehlo.reshape"(%1090) : (tensor<256x32xf32>) -> tensor<4x8x8x32xf32>
    %1095 = "stablehlo.slice"(%1094) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 4, 8, 8, 11>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x8x8x32xf32>) -> tensor<4x8x8x11xf32>
    %1096 = "stablehlo.slice"(%1094) {start_indices = array<i64: 0, 0, 0, 11>, limit_indices = array<i64: 4, 8, 8, 22>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x8x8x32xf32>) -> tensor<4x8x8x11xf32>
    %1097 = "stablehlo.slice"(%1094) {start_indices = array<i64: 0, 0, 0, 22>, limit_indices = array<i64: 4, 8, 8, 32>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x8x8x32xf32>) -> tensor<4x8x8x10xf32>
    %1098 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1099 = "stablehlo.reduce"(%1097, %1098) ({
    ^bb0(%1100: tensor<f32>, %1101: tensor<f32>):
        %1102 = "stablehlo.add"(%1100, %1101) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1102) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<4x8x8x10xf32>, tensor<f32>) -> tensor<8x10xf32>
    %1103 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1104 = "stablehlo.reduce"(%1096, %1103) ({
    ^bb0(%1105: tensor<f32>, %1106: tensor<f32>):
        %1107 = "stablehlo.add"(%1105, %1106) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1107) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 2>} : (tensor<4x8x8x11xf32>, tensor<f32>) -> tensor<8x11xf32>
    %1108 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1109 = "stablehlo.reduce"(%1095, %1108) ({
    ^bb0(%1110: tensor<f32>, %1111: tensor<f32>):
        %1112 = "stablehlo.add"(%1110, %1111) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1112) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 2>} : (tensor<4x8x8x11xf32>, tensor<f32>) -> tensor<4x11xf32>
    %1113 = "stablehlo.slice"(%1088) {start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 2, 1, 32>, strides = array<i64: 1, 1, 1>} : (tensor<2x256x32xf32>) -> tensor<2x1x32xf32>
    %1114 = "stablehlo.slice"(%1088) {start_indices = array<i64: 0, 1, 0>, limit_indices = array<i64: 2, 256, 32>, strides = array<i64: 1, 1, 1>} : (tensor<2x256x32xf32>) -> tensor<2x255x32xf32>
    %1115 = "stablehlo.pad"(%1114, %657) {edge_padding_low = array<i64: 0, 0, 0>, edge_padding_high = array<i64: 0, 1, 0>, interior_padding = array<i64: 0, 0, 0>} : (tensor<2x255x32xf32>, tensor<f32>) -> tensor<2x256x32xf32>
    %1116 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1117 = "stablehlo.reduce"(%1113, %1116) ({
    ^bb0(%1118: tensor<f32>, %1119: tensor<f32>):
        %1120 = "stablehlo.add"(%1118, %1119) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1120) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x1x32xf32>, tensor<f32>) -> tensor<32xf32>
    %1121 = "stablehlo.constant"() {value = dense<0> : tensor<2x256xi32>} : () -> tensor<2x256xi32>
    %1122 = "stablehlo.constant"() {value = dense<31> : tensor<2x256xi32>} : () -> tensor<2x256xi32>
    %1123 = "stablehlo.clamp"(%1121, %7, %1122) : (tensor<2x256xi32>, tensor<2x256xi32>, tensor<2x256xi32>) -> tensor<2x256xi32>
    %1124 = "stablehlo.constant"() {value = dense<0.0> : tensor<32x32xf32>} : () -> tensor<32x32xf32>
    %1125 = "stablehlo.scatter"(%1124, %1123, %1115) ({
    ^bb0(%1126: tensor<f32>, %1127: tensor<f32>):
        %1128 = "stablehlo.add"(%1126, %1127) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1128) : (tensor<f32>) -> ()
    }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0], index_vector_dim = 2>, unique_indices = false} : (tensor<32x32xf32>, tensor<2x256xi32>, tensor<2x256x32xf32>) -> tensor<32x32xf32>
    %1129 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1130 = "stablehlo.reduce"(%1125, %1129) ({
    ^bb0(%1131: tensor<f32>, %1132: tensor<f32>):
        %1133 = "stablehlo.add"(%1131, %1132) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1133) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32x32xf32>, tensor<f32>) -> tensor<32xf32>
    %1134 = "stablehlo.dot_general"(%1125, %arg1) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<32x32xf32>, tensor<32x16xf32>) -> tensor<32x16xf32>
    %1135 = "stablehlo.transpose"(%1134) {permutation = array<i64: 1, 0>} : (tensor<32x16xf32>) -> tensor<16x32xf32>
    %1136 = "stablehlo.multiply"(%1135, %1135) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %1137 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1138 = "stablehlo.reduce"(%1136, %1137) ({
    ^bb0(%1139: tensor<f32>, %1140: tensor<f32>):
        %1141 = "stablehlo.add"(%1139, %1140) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1141) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<16x32xf32>, tensor<f32>) -> tensor<f32>
    %1142 = "stablehlo.multiply"(%1130, %1130) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1143 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1144 = "stablehlo.reduce"(%1142, %1143) ({
    ^bb0(%1145: tensor<f32>, %1146: tensor<f32>):
        %1147 = "stablehlo.add"(%1145, %1146) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1147) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %1148 = "stablehlo.add"(%1138, %1144) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1149 = "stablehlo.multiply"(%1117, %1117) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1150 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1151 = "stablehlo.reduce"(%1149, %1150) ({
    ^bb0(%1152: tensor<f32>, %1153: tensor<f32>):
        %1154 = "stablehlo.add"(%1152, %1153) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1154) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %1155 = "stablehlo.add"(%1148, %1151) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1156 = "stablehlo.multiply"(%1109, %1109) : (tensor<4x11xf32>, tensor<4x11xf32>) -> tensor<4x11xf32>
    %1157 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1158 = "stablehlo.reduce"(%1156, %1157) ({
    ^bb0(%1159: tensor<f32>, %1160: tensor<f32>):
        %1161 = "stablehlo.add"(%1159, %1160) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1161) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<4x11xf32>, tensor<f32>) -> tensor<f32>
    %1162 = "stablehlo.add"(%1155, %1158) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1163 = "stablehlo.multiply"(%1104, %1104) : (tensor<8x11xf32>, tensor<8x11xf32>) -> tensor<8x11xf32>
    %1164 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1165 = "stablehlo.reduce"(%1163, %1164) ({
    ^bb0(%1166: tensor<f32>, %1167: tensor<f32>):
        %1168 = "stablehlo.add"(%1166, %1167) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1168) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<8x11xf32>, tensor<f32>) -> tensor<f32>
    %1169 = "stablehlo.add"(%1162, %1165) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1170 = "stablehlo.multiply"(%1099, %1099) : (tensor<8x10xf32>, tensor<8x10xf32>) -> tensor<8x10xf32>
    %1171 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1172 = "stablehlo.reduce"(%1170, %1171) ({
    ^bb0(%1173: tensor<f32>, %1174: tensor<f32>):
        %1175 = "stablehlo.add"(%1173, %1174) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1175) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<8x10xf32>, tensor<f32>) -> tensor<f32>
    %1176 = "stablehlo.add"(%1169, %1172) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1177 = "stablehlo.multiply"(%1055, %1055) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1178 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1179 = "stablehlo.reduce"(%1177, %1178) ({
    ^bb0(%1180: tensor<f32>, %1181: tensor<f32>):
        %1182 = "stablehlo.add"(%1180, %1181) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1182) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<4x32xf32>, tensor<f32>) -> tensor<f32>
    %1183 = "stablehlo.add"(%1176, %1179) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1184 = "stablehlo.multiply"(%1052, %1052) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1185 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1186 = "stablehlo.reduce"(%1184, %1185) ({
    ^bb0(%1187: tensor<f32>, %1188: tensor<f32>):
        %1189 = "stablehlo.add"(%1187, %1188) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1189) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<4x32xf32>, tensor<f32>) -> tensor<f32>
    %1190 = "stablehlo.add"(%1183, %1186) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1191 = "stablehlo.multiply"(%1035, %1035) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1192 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1193 = "stablehlo.reduce"(%1191, %1192) ({
    ^bb0(%1194: tensor<f32>, %1195: tensor<f32>):
        %1196 = "stablehlo.add"(%1194, %1195) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1196) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x96xf32>, tensor<f32>) -> tensor<f32>
    %1197 = "stablehlo.add"(%1190, %1193) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1198 = "stablehlo.multiply"(%1029, %1029) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1199 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1200 = "stablehlo.reduce"(%1198, %1199) ({
    ^bb0(%1201: tensor<f32>, %1202: tensor<f32>):
        %1203 = "stablehlo.add"(%1201, %1202) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1203) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<96xf32>, tensor<f32>) -> tensor<f32>
    %1204 = "stablehlo.add"(%1197, %1200) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1205 = "stablehlo.multiply"(%912, %912) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1206 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1207 = "stablehlo.reduce"(%1205, %1206) ({
    ^bb0(%1208: tensor<f32>, %1209: tensor<f32>):
        %1210 = "stablehlo.add"(%1208, %1209) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1210) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x32xf32>, tensor<f32>) -> tensor<f32>
    %1211 = "stablehlo.add"(%1204, %1207) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1212 = "stablehlo.multiply"(%906, %906) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1213 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1214 = "stablehlo.reduce"(%1212, %1213) ({
    ^bb0(%1215: tensor<f32>, %1216: tensor<f32>):
        %1217 = "stablehlo.add"(%1215, %1216) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1217) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %1218 = "stablehlo.add"(%1211, %1214) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1219 = "stablehlo.multiply"(%871, %871) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1220 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1221 = "stablehlo.reduce"(%1219, %1220) ({
    ^bb0(%1222: tensor<f32>, %1223: tensor<f32>):
        %1224 = "stablehlo.add"(%1222, %1223) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1224) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<4x32xf32>, tensor<f32>) -> tensor<f32>
    %1225 = "stablehlo.add"(%1218, %1221) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1226 = "stablehlo.multiply"(%868, %868) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1227 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1228 = "stablehlo.reduce"(%1226, %1227) ({
    ^bb0(%1229: tensor<f32>, %1230: tensor<f32>):
        %1231 = "stablehlo.add"(%1229, %1230) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1231) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<4x32xf32>, tensor<f32>) -> tensor<f32>
    %1232 = "stablehlo.add"(%1225, %1228) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1233 = "stablehlo.multiply"(%851, %851) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1234 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1235 = "stablehlo.reduce"(%1233, %1234) ({
    ^bb0(%1236: tensor<f32>, %1237: tensor<f32>):
        %1238 = "stablehlo.add"(%1236, %1237) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1238) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x64xf32>, tensor<f32>) -> tensor<f32>
    %1239 = "stablehlo.add"(%1232, %1235) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1240 = "stablehlo.multiply"(%845, %845) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1241 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1242 = "stablehlo.reduce"(%1240, %1241) ({
    ^bb0(%1243: tensor<f32>, %1244: tensor<f32>):
        %1245 = "stablehlo.add"(%1243, %1244) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1245) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1246 = "stablehlo.add"(%1239, %1242) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1247 = "stablehlo.multiply"(%836, %836) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1248 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1249 = "stablehlo.reduce"(%1247, %1248) ({
    ^bb0(%1250: tensor<f32>, %1251: tensor<f32>):
        %1252 = "stablehlo.add"(%1250, %1251) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1252) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<64x32xf32>, tensor<f32>) -> tensor<f32>
    %1253 = "stablehlo.add"(%1246, %1249) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1254 = "stablehlo.multiply"(%830, %830) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1255 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1256 = "stablehlo.reduce"(%1254, %1255) ({
    ^bb0(%1257: tensor<f32>, %1258: tensor<f32>):
        %1259 = "stablehlo.add"(%1257, %1258) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1259) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %1260 = "stablehlo.add"(%1253, %1256) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1261 = "stablehlo.multiply"(%795, %795) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1262 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1263 = "stablehlo.reduce"(%1261, %1262) ({
    ^bb0(%1264: tensor<f32>, %1265: tensor<f32>):
        %1266 = "stablehlo.add"(%1264, %1265) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1266) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<4x32xf32>, tensor<f32>) -> tensor<f32>
    %1267 = "stablehlo.add"(%1260, %1263) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1268 = "stablehlo.multiply"(%792, %792) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1269 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1270 = "stablehlo.reduce"(%1268, %1269) ({
    ^bb0(%1271: tensor<f32>, %1272: tensor<f32>):
        %1273 = "stablehlo.add"(%1271, %1272) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1273) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<4x32xf32>, tensor<f32>) -> tensor<f32>
    %1274 = "stablehlo.add"(%1267, %1270) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1275 = "stablehlo.multiply"(%775, %775) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1276 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1277 = "stablehlo.reduce"(%1275, %1276) ({
    ^bb0(%1278: tensor<f32>, %1279: tensor<f32>):
        %1280 = "stablehlo.add"(%1278, %1279) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1280) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x96xf32>, tensor<f32>) -> tensor<f32>
    %1281 = "stablehlo.add"(%1274, %1277) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1282 = "stablehlo.multiply"(%769, %769) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1283 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1284 = "stablehlo.reduce"(%1282, %1283) ({
    ^bb0(%1285: tensor<f32>, %1286: tensor<f32>):
        %1287 = "stablehlo.add"(%1285, %1286) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1287) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<96xf32>, tensor<f32>) -> tensor<f32>
    %1288 = "stablehlo.add"(%1281, %1284) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1289 = "stablehlo.multiply"(%647, %647) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1290 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1291 = "stablehlo.reduce"(%1289, %1290) ({
    ^bb0(%1292: tensor<f32>, %1293: tensor<f32>):
        %1294 = "stablehlo.add"(%1292, %1293) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1294) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x32xf32>, tensor<f32>) -> tensor<f32>
    %1295 = "stablehlo.add"(%1288, %1291) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1296 = "stablehlo.multiply"(%641, %641) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1297 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1298 = "stablehlo.reduce"(%1296, %1297) ({
    ^bb0(%1299: tensor<f32>, %1300: tensor<f32>):
        %1301 = "stablehlo.add"(%1299, %1300) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1301) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %1302 = "stablehlo.add"(%1295, %1298) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1303 = "stablehlo.multiply"(%606, %606) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1304 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1305 = "stablehlo.reduce"(%1303, %1304) ({
    ^bb0(%1306: tensor<f32>, %1307: tensor<f32>):
        %1308 = "stablehlo.add"(%1306, %1307) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1308) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<4x32xf32>, tensor<f32>) -> tensor<f32>
    %1309 = "stablehlo.add"(%1302, %1305) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1310 = "stablehlo.multiply"(%603, %603) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1311 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1312 = "stablehlo.reduce"(%1310, %1311) ({
    ^bb0(%1313: tensor<f32>, %1314: tensor<f32>):
        %1315 = "stablehlo.add"(%1313, %1314) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1315) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<4x32xf32>, tensor<f32>) -> tensor<f32>
    %1316 = "stablehlo.add"(%1309, %1312) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1317 = "stablehlo.multiply"(%586, %586) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1318 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1319 = "stablehlo.reduce"(%1317, %1318) ({
    ^bb0(%1320: tensor<f32>, %1321: tensor<f32>):
        %1322 = "stablehlo.add"(%1320, %1321) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1322) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x64xf32>, tensor<f32>) -> tensor<f32>
    %1323 = "stablehlo.add"(%1316, %1319) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1324 = "stablehlo.multiply"(%580, %580) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1325 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1326 = "stablehlo.reduce"(%1324, %1325) ({
    ^bb0(%1327: tensor<f32>, %1328: tensor<f32>):
        %1329 = "stablehlo.add"(%1327, %1328) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1329) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1330 = "stablehlo.add"(%1323, %1326) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1331 = "stablehlo.multiply"(%570, %570) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1332 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1333 = "stablehlo.reduce"(%1331, %1332) ({
    ^bb0(%1334: tensor<f32>, %1335: tensor<f32>):
        %1336 = "stablehlo.add"(%1334, %1335) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1336) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<64x32xf32>, tensor<f32>) -> tensor<f32>
    %1337 = "stablehlo.add"(%1330, %1333) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1338 = "stablehlo.multiply"(%564, %564) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1339 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1340 = "stablehlo.reduce"(%1338, %1339) ({
    ^bb0(%1341: tensor<f32>, %1342: tensor<f32>):
        %1343 = "stablehlo.add"(%1341, %1342) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1343) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %1344 = "stablehlo.add"(%1337, %1340) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1345 = "stablehlo.multiply"(%529, %529) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1346 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1347 = "stablehlo.reduce"(%1345, %1346) ({
    ^bb0(%1348: tensor<f32>, %1349: tensor<f32>):
        %1350 = "stablehlo.add"(%1348, %1349) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1350) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<4x32xf32>, tensor<f32>) -> tensor<f32>
    %1351 = "stablehlo.add"(%1344, %1347) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1352 = "stablehlo.multiply"(%526, %526) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1353 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1354 = "stablehlo.reduce"(%1352, %1353) ({
    ^bb0(%1355: tensor<f32>, %1356: tensor<f32>):
        %1357 = "stablehlo.add"(%1355, %1356) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1357) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<4x32xf32>, tensor<f32>) -> tensor<f32>
    %1358 = "stablehlo.add"(%1351, %1354) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1359 = "stablehlo.multiply"(%509, %509) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1360 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1361 = "stablehlo.reduce"(%1359, %1360) ({
    ^bb0(%1362: tensor<f32>, %1363: tensor<f32>):
        %1364 = "stablehlo.add"(%1362, %1363) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1364) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x32xf32>, tensor<f32>) -> tensor<f32>
    %1365 = "stablehlo.add"(%1358, %1361) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1366 = "stablehlo.multiply"(%503, %503) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1367 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1368 = "stablehlo.reduce"(%1366, %1367) ({
    ^bb0(%1369: tensor<f32>, %1370: tensor<f32>):
        %1371 = "stablehlo.add"(%1369, %1370) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1371) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %1372 = "stablehlo.add"(%1365, %1368) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1373 = "stablehlo.sqrt"(%1372) : (tensor<f32>) -> tensor<f32>
    %1374 = "stablehlo.convert"(%arg38) : (tensor<i32>) -> tensor<f32>
    %1375 = "stablehlo.constant"() {value = dense<20.0> : tensor<f32>} : () -> tensor<f32>
    %1376 = "stablehlo.minimum"(%1374, %1375) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1377 = "stablehlo.constant"() {value = dense<0x3851B717> : tensor<f32>} : () -> tensor<f32>
    %1378 = "stablehlo.multiply"(%1376, %1377) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1379 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
    %1380 = "stablehlo.add"(%arg38, %1379) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %1381 = "stablehlo.convert"(%1380) : (tensor<i32>) -> tensor<f32>
    %1382 = "stablehlo.constant"() {value = dense<0.9> : tensor<16x32xf32>} : () -> tensor<16x32xf32>
    %1383 = "stablehlo.multiply"(%arg39, %1382) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %1384 = "stablehlo.constant"() {value = dense<0.1> : tensor<16x32xf32>} : () -> tensor<16x32xf32>
    %1385 = "stablehlo.multiply"(%1135, %1384) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %1386 = "stablehlo.add"(%1383, %1385) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %1387 = "stablehlo.constant"() {value = dense<0.999> : tensor<16x32xf32>} : () -> tensor<16x32xf32>
    %1388 = "stablehlo.multiply"(%arg73, %1387) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %1389 = "stablehlo.constant"() {value = dense<0.001> : tensor<16x32xf32>} : () -> tensor<16x32xf32>
    %1390 = "stablehlo.multiply"(%1136, %1389) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %1391 = "stablehlo.add"(%1388, %1390) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %1392 = "stablehlo.constant"() {value = dense<0.9> : tensor<f32>} : () -> tensor<f32>
    %1393 = "stablehlo.power"(%1392, %1381) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1394 = "stablehlo.subtract"(%490, %1393) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1395 = "stablehlo.constant"() {value = dense<0.999> : tensor<f32>} : () -> tensor<f32>
    %1396 = "stablehlo.power"(%1395, %1381) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1397 = "stablehlo.subtract"(%490, %1396) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1398 = "stablehlo.broadcast_in_dim"(%1394) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<16x32xf32>
    %1399 = "stablehlo.divide"(%1386, %1398) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %1400 = "stablehlo.broadcast_in_dim"(%1397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<16x32xf32>
    %1401 = "stablehlo.divide"(%1391, %1400) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %1402 = "stablehlo.sqrt"(%1401) : (tensor<16x32xf32>) -> tensor<16x32xf32>
    %1403 = "stablehlo.constant"() {value = dense<0x322BCC77> : tensor<16x32xf32>} : () -> tensor<16x32xf32>
    %1404 = "stablehlo.add"(%1402, %1403) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %1405 = "stablehlo.divide"(%1399, %1404) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %1406 = "stablehlo.constant"() {value = dense<0.0001> : tensor<16x32xf32>} : () -> tensor<16x32xf32>
    %1407 = "stablehlo.multiply"(%arg4, %1406) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %1408 = "stablehlo.add"(%1405, %1407) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %1409 = "stablehlo.broadcast_in_dim"(%1378) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<16x32xf32>
    %1410 = "stablehlo.multiply"(%1408, %1409) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %1411 = "stablehlo.subtract"(%arg4, %1410) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %1412 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %1413 = "stablehlo.compare"(%arg38, %1412) {comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %1414 = "stablehlo.constant"() {value = dense<0.99> : tensor<f32>} : () -> tensor<f32>
    %1415 = "stablehlo.select"(%1413, %657, %1414) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %1416 = "stablehlo.subtract"(%490, %1415) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1417 = "stablehlo.broadcast_in_dim"(%1415) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<16x32xf32>
    %1418 = "stablehlo.multiply"(%arg107, %1417) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %1419 = "stablehlo.broadcast_in_dim"(%1416) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<16x32xf32>
    %1420 = "stablehlo.multiply"(%1411, %1419) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %1421 = "stablehlo.add"(%1418, %1420) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %1422 = "stablehlo.constant"() {value = dense<0.9> : tensor<32xf32>} : () -> tensor<32xf32>
    %1423 = "stablehlo.multiply"(%arg40, %1422) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1424 = "stablehlo.constant"() {value = dense<0.1> : tensor<32xf32>} : () -> tensor<32xf32>
    %1425 = "stablehlo.multiply"(%1130, %1424) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1426 = "stablehlo.add"(%1423, %1425) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1427 = "stablehlo.constant"() {value = dense<0.999> : tensor<32xf32>} : () -> tensor<32xf32>
    %1428 = "stablehlo.multiply"(%arg74, %1427) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1429 = "stablehlo.constant"() {value = dense<0.001> : tensor<32xf32>} : () -> tensor<32xf32>
    %1430 = "stablehlo.multiply"(%1142, %1429) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1431 = "stablehlo.add"(%1428, %1430) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1432 = "stablehlo.broadcast_in_dim"(%1394) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32xf32>
    %1433 = "stablehlo.divide"(%1426, %1432) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1434 = "stablehlo.broadcast_in_dim"(%1397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32xf32>
    %1435 = "stablehlo.divide"(%1431, %1434) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1436 = "stablehlo.sqrt"(%1435) : (tensor<32xf32>) -> tensor<32xf32>
    %1437 = "stablehlo.constant"() {value = dense<0x322BCC77> : tensor<32xf32>} : () -> tensor<32xf32>
    %1438 = "stablehlo.add"(%1436, %1437) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1439 = "stablehlo.divide"(%1433, %1438) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1440 = "stablehlo.constant"() {value = dense<0.0001> : tensor<32xf32>} : () -> tensor<32xf32>
    %1441 = "stablehlo.multiply"(%arg5, %1440) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1442 = "stablehlo.add"(%1439, %1441) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1443 = "stablehlo.broadcast_in_dim"(%1378) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32xf32>
    %1444 = "stablehlo.multiply"(%1442, %1443) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1445 = "stablehlo.subtract"(%arg5, %1444) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1446 = "stablehlo.broadcast_in_dim"(%1415) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32xf32>
    %1447 = "stablehlo.multiply"(%arg108, %1446) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1448 = "stablehlo.broadcast_in_dim"(%1416) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32xf32>
    %1449 = "stablehlo.multiply"(%1445, %1448) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1450 = "stablehlo.add"(%1447, %1449) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1451 = "stablehlo.multiply"(%arg41, %1422) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1452 = "stablehlo.multiply"(%1117, %1424) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1453 = "stablehlo.add"(%1451, %1452) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1454 = "stablehlo.multiply"(%arg75, %1427) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1455 = "stablehlo.multiply"(%1149, %1429) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1456 = "stablehlo.add"(%1454, %1455) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1457 = "stablehlo.divide"(%1453, %1432) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1458 = "stablehlo.divide"(%1456, %1434) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1459 = "stablehlo.sqrt"(%1458) : (tensor<32xf32>) -> tensor<32xf32>
    %1460 = "stablehlo.add"(%1459, %1437) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1461 = "stablehlo.divide"(%1457, %1460) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1462 = "stablehlo.multiply"(%arg6, %1440) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1463 = "stablehlo.add"(%1461, %1462) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1464 = "stablehlo.multiply"(%1463, %1443) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1465 = "stablehlo.subtract"(%arg6, %1464) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1466 = "stablehlo.multiply"(%arg109, %1446) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1467 = "stablehlo.multiply"(%1465, %1448) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1468 = "stablehlo.add"(%1466, %1467) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1469 = "stablehlo.constant"() {value = dense<0.9> : tensor<4x11xf32>} : () -> tensor<4x11xf32>
    %1470 = "stablehlo.multiply"(%arg42, %1469) : (tensor<4x11xf32>, tensor<4x11xf32>) -> tensor<4x11xf32>
    %1471 = "stablehlo.constant"() {value = dense<0.1> : tensor<4x11xf32>} : () -> tensor<4x11xf32>
    %1472 = "stablehlo.multiply"(%1109, %1471) : (tensor<4x11xf32>, tensor<4x11xf32>) -> tensor<4x11xf32>
    %1473 = "stablehlo.add"(%1470, %1472) : (tensor<4x11xf32>, tensor<4x11xf32>) -> tensor<4x11xf32>
    %1474 = "stablehlo.constant"() {value = dense<0.999> : tensor<4x11xf32>} : () -> tensor<4x11xf32>
    %1475 = "stablehlo.multiply"(%arg76, %1474) : (tensor<4x11xf32>, tensor<4x11xf32>) -> tensor<4x11xf32>
    %1476 = "stablehlo.constant"() {value = dense<0.001> : tensor<4x11xf32>} : () -> tensor<4x11xf32>
    %1477 = "stablehlo.multiply"(%1156, %1476) : (tensor<4x11xf32>, tensor<4x11xf32>) -> tensor<4x11xf32>
    %1478 = "stablehlo.add"(%1475, %1477) : (tensor<4x11xf32>, tensor<4x11xf32>) -> tensor<4x11xf32>
    %1479 = "stablehlo.broadcast_in_dim"(%1394) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x11xf32>
    %1480 = "stablehlo.divide"(%1473, %1479) : (tensor<4x11xf32>, tensor<4x11xf32>) -> tensor<4x11xf32>
    %1481 = "stablehlo.broadcast_in_dim"(%1397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x11xf32>
    %1482 = "stablehlo.divide"(%1478, %1481) : (tensor<4x11xf32>, tensor<4x11xf32>) -> tensor<4x11xf32>
    %1483 = "stablehlo.sqrt"(%1482) : (tensor<4x11xf32>) -> tensor<4x11xf32>
    %1484 = "stablehlo.constant"() {value = dense<0x322BCC77> : tensor<4x11xf32>} : () -> tensor<4x11xf32>
    %1485 = "stablehlo.add"(%1483, %1484) : (tensor<4x11xf32>, tensor<4x11xf32>) -> tensor<4x11xf32>
    %1486 = "stablehlo.divide"(%1480, %1485) : (tensor<4x11xf32>, tensor<4x11xf32>) -> tensor<4x11xf32>
    %1487 = "stablehlo.constant"() {value = dense<0.0001> : tensor<4x11xf32>} : () -> tensor<4x11xf32>
    %1488 = "stablehlo.multiply"(%arg7, %1487) : (tensor<4x11xf32>, tensor<4x11xf32>) -> tensor<4x11xf32>
    %1489 = "stablehlo.add"(%1486, %1488) : (tensor<4x11xf32>, tensor<4x11xf32>) -> tensor<4x11xf32>
    %1490 = "stablehlo.broadcast_in_dim"(%1378) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x11xf32>
    %1491 = "stablehlo.multiply"(%1489, %1490) : (tensor<4x11xf32>, tensor<4x11xf32>) -> tensor<4x11xf32>
    %1492 = "stablehlo.subtract"(%arg7, %1491) : (tensor<4x11xf32>, tensor<4x11xf32>) -> tensor<4x11xf32>
    %1493 = "stablehlo.broadcast_in_dim"(%1415) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x11xf32>
    %1494 = "stablehlo.multiply"(%arg110, %1493) : (tensor<4x11xf32>, tensor<4x11xf32>) -> tensor<4x11xf32>
    %1495 = "stablehlo.broadcast_in_dim"(%1416) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x11xf32>
    %1496 = "stablehlo.multiply"(%1492, %1495) : (tensor<4x11xf32>, tensor<4x11xf32>) -> tensor<4x11xf32>
    %1497 = "stablehlo.add"(%1494, %1496) : (tensor<4x11xf32>, tensor<4x11xf32>) -> tensor<4x11xf32>
    %1498 = "stablehlo.constant"() {value = dense<0.9> : tensor<8x11xf32>} : () -> tensor<8x11xf32>
    %1499 = "stablehlo.multiply"(%arg43, %1498) : (tensor<8x11xf32>, tensor<8x11xf32>) -> tensor<8x11xf32>
    %1500 = "stablehlo.constant"() {value = dense<0.1> : tensor<8x11xf32>} : () -> tensor<8x11xf32>
    %1501 = "stablehlo.multiply"(%1104, %1500) : (tensor<8x11xf32>, tensor<8x11xf32>) -> tensor<8x11xf32>
    %1502 = "stablehlo.add"(%1499, %1501) : (tensor<8x11xf32>, tensor<8x11xf32>) -> tensor<8x11xf32>
    %1503 = "stablehlo.constant"() {value = dense<0.999> : tensor<8x11xf32>} : () -> tensor<8x11xf32>
    %1504 = "stablehlo.multiply"(%arg77, %1503) : (tensor<8x11xf32>, tensor<8x11xf32>) -> tensor<8x11xf32>
    %1505 = "stablehlo.constant"() {value = dense<0.001> : tensor<8x11xf32>} : () -> tensor<8x11xf32>
    %1506 = "stablehlo.multiply"(%1163, %1505) : (tensor<8x11xf32>, tensor<8x11xf32>) -> tensor<8x11xf32>
    %1507 = "stablehlo.add"(%1504, %1506) : (tensor<8x11xf32>, tensor<8x11xf32>) -> tensor<8x11xf32>
    %1508 = "stablehlo.broadcast_in_dim"(%1394) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<8x11xf32>
    %1509 = "stablehlo.divide"(%1502, %1508) : (tensor<8x11xf32>, tensor<8x11xf32>) -> tensor<8x11xf32>
    %1510 = "stablehlo.broadcast_in_dim"(%1397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<8x11xf32>
    %1511 = "stablehlo.divide"(%1507, %1510) : (tensor<8x11xf32>, tensor<8x11xf32>) -> tensor<8x11xf32>
    %1512 = "stablehlo.sqrt"(%1511) : (tensor<8x11xf32>) -> tensor<8x11xf32>
    %1513 = "stablehlo.constant"() {value = dense<0x322BCC77> : tensor<8x11xf32>} : () -> tensor<8x11xf32>
    %1514 = "stablehlo.add"(%1512, %1513) : (tensor<8x11xf32>, tensor<8x11xf32>) -> tensor<8x11xf32>
    %1515 = "stablehlo.divide"(%1509, %1514) : (tensor<8x11xf32>, tensor<8x11xf32>) -> tensor<8x11xf32>
    %1516 = "stablehlo.constant"() {value = dense<0.0001> : tensor<8x11xf32>} : () -> tensor<8x11xf32>
    %1517 = "stablehlo.multiply"(%arg8, %1516) : (tensor<8x11xf32>, tensor<8x11xf32>) -> tensor<8x11xf32>
    %1518 = "stablehlo.add"(%1515, %1517) : (tensor<8x11xf32>, tensor<8x11xf32>) -> tensor<8x11xf32>
    %1519 = "stablehlo.broadcast_in_dim"(%1378) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<8x11xf32>
    %1520 = "stablehlo.multiply"(%1518, %1519) : (tensor<8x11xf32>, tensor<8x11xf32>) -> tensor<8x11xf32>
    %1521 = "stablehlo.subtract"(%arg8, %1520) : (tensor<8x11xf32>, tensor<8x11xf32>) -> tensor<8x11xf32>
    %1522 = "stablehlo.broadcast_in_dim"(%1415) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<8x11xf32>
    %1523 = "stablehlo.multiply"(%arg111, %1522) : (tensor<8x11xf32>, tensor<8x11xf32>) -> tensor<8x11xf32>
    %1524 = "stablehlo.broadcast_in_dim"(%1416) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<8x11xf32>
    %1525 = "stablehlo.multiply"(%1521, %1524) : (tensor<8x11xf32>, tensor<8x11xf32>) -> tensor<8x11xf32>
    %1526 = "stablehlo.add"(%1523, %1525) : (tensor<8x11xf32>, tensor<8x11xf32>) -> tensor<8x11xf32>
    %1527 = "stablehlo.constant"() {value = dense<0.9> : tensor<8x10xf32>} : () -> tensor<8x10xf32>
    %1528 = "stablehlo.multiply"(%arg44, %1527) : (tensor<8x10xf32>, tensor<8x10xf32>) -> tensor<8x10xf32>
    %1529 = "stablehlo.constant"() {value = dense<0.1> : tensor<8x10xf32>} : () -> tensor<8x10xf32>
    %1530 = "stablehlo.multiply"(%1099, %1529) : (tensor<8x10xf32>, tensor<8x10xf32>) -> tensor<8x10xf32>
    %1531 = "stablehlo.add"(%1528, %1530) : (tensor<8x10xf32>, tensor<8x10xf32>) -> tensor<8x10xf32>
    %1532 = "stablehlo.constant"() {value = dense<0.999> : tensor<8x10xf32>} : () -> tensor<8x10xf32>
    %1533 = "stablehlo.multiply"(%arg78, %1532) : (tensor<8x10xf32>, tensor<8x10xf32>) -> tensor<8x10xf32>
    %1534 = "stablehlo.constant"() {value = dense<0.001> : tensor<8x10xf32>} : () -> tensor<8x10xf32>
    %1535 = "stablehlo.multiply"(%1170, %1534) : (tensor<8x10xf32>, tensor<8x10xf32>) -> tensor<8x10xf32>
    %1536 = "stablehlo.add"(%1533, %1535) : (tensor<8x10xf32>, tensor<8x10xf32>) -> tensor<8x10xf32>
    %1537 = "stablehlo.broadcast_in_dim"(%1394) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<8x10xf32>
    %1538 = "stablehlo.divide"(%1531, %1537) : (tensor<8x10xf32>, tensor<8x10xf32>) -> tensor<8x10xf32>
    %1539 = "stablehlo.broadcast_in_dim"(%1397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<8x10xf32>
    %1540 = "stablehlo.divide"(%1536, %1539) : (tensor<8x10xf32>, tensor<8x10xf32>) -> tensor<8x10xf32>
    %1541 = "stablehlo.sqrt"(%1540) : (tensor<8x10xf32>) -> tensor<8x10xf32>
    %1542 = "stablehlo.constant"() {value = dense<0x322BCC77> : tensor<8x10xf32>} : () -> tensor<8x10xf32>
    %1543 = "stablehlo.add"(%1541, %1542) : (tensor<8x10xf32>, tensor<8x10xf32>) -> tensor<8x10xf32>
    %1544 = "stablehlo.divide"(%1538, %1543) : (tensor<8x10xf32>, tensor<8x10xf32>) -> tensor<8x10xf32>
    %1545 = "stablehlo.constant"() {value = dense<0.0001> : tensor<8x10xf32>} : () -> tensor<8x10xf32>
    %1546 = "stablehlo.multiply"(%arg9, %1545) : (tensor<8x10xf32>, tensor<8x10xf32>) -> tensor<8x10xf32>
    %1547 = "stablehlo.add"(%1544, %1546) : (tensor<8x10xf32>, tensor<8x10xf32>) -> tensor<8x10xf32>
    %1548 = "stablehlo.broadcast_in_dim"(%1378) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<8x10xf32>
    %1549 = "stablehlo.multiply"(%1547, %1548) : (tensor<8x10xf32>, tensor<8x10xf32>) -> tensor<8x10xf32>
    %1550 = "stablehlo.subtract"(%arg9, %1549) : (tensor<8x10xf32>, tensor<8x10xf32>) -> tensor<8x10xf32>
    %1551 = "stablehlo.broadcast_in_dim"(%1415) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<8x10xf32>
    %1552 = "stablehlo.multiply"(%arg112, %1551) : (tensor<8x10xf32>, tensor<8x10xf32>) -> tensor<8x10xf32>
    %1553 = "stablehlo.broadcast_in_dim"(%1416) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<8x10xf32>
    %1554 = "stablehlo.multiply"(%1550, %1553) : (tensor<8x10xf32>, tensor<8x10xf32>) -> tensor<8x10xf32>
    %1555 = "stablehlo.add"(%1552, %1554) : (tensor<8x10xf32>, tensor<8x10xf32>) -> tensor<8x10xf32>
    %1556 = "stablehlo.constant"() {value = dense<0.9> : tensor<4x32xf32>} : () -> tensor<4x32xf32>
    %1557 = "stablehlo.multiply"(%arg45, %1556) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1558 = "stablehlo.constant"() {value = dense<0.1> : tensor<4x32xf32>} : () -> tensor<4x32xf32>
    %1559 = "stablehlo.multiply"(%1055, %1558) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1560 = "stablehlo.add"(%1557, %1559) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1561 = "stablehlo.constant"() {value = dense<0.999> : tensor<4x32xf32>} : () -> tensor<4x32xf32>
    %1562 = "stablehlo.multiply"(%arg79, %1561) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1563 = "stablehlo.constant"() {value = dense<0.001> : tensor<4x32xf32>} : () -> tensor<4x32xf32>
    %1564 = "stablehlo.multiply"(%1177, %1563) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1565 = "stablehlo.add"(%1562, %1564) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1566 = "stablehlo.broadcast_in_dim"(%1394) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x32xf32>
    %1567 = "stablehlo.divide"(%1560, %1566) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1568 = "stablehlo.broadcast_in_dim"(%1397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x32xf32>
    %1569 = "stablehlo.divide"(%1565, %1568) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1570 = "stablehlo.sqrt"(%1569) : (tensor<4x32xf32>) -> tensor<4x32xf32>
    %1571 = "stablehlo.constant"() {value = dense<0x322BCC77> : tensor<4x32xf32>} : () -> tensor<4x32xf32>
    %1572 = "stablehlo.add"(%1570, %1571) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1573 = "stablehlo.divide"(%1567, %1572) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1574 = "stablehlo.constant"() {value = dense<0.0001> : tensor<4x32xf32>} : () -> tensor<4x32xf32>
    %1575 = "stablehlo.multiply"(%arg10, %1574) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1576 = "stablehlo.add"(%1573, %1575) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1577 = "stablehlo.broadcast_in_dim"(%1378) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x32xf32>
    %1578 = "stablehlo.multiply"(%1576, %1577) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1579 = "stablehlo.subtract"(%arg10, %1578) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1580 = "stablehlo.broadcast_in_dim"(%1415) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x32xf32>
    %1581 = "stablehlo.multiply"(%arg113, %1580) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1582 = "stablehlo.broadcast_in_dim"(%1416) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x32xf32>
    %1583 = "stablehlo.multiply"(%1579, %1582) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1584 = "stablehlo.add"(%1581, %1583) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1585 = "stablehlo.multiply"(%arg46, %1556) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1586 = "stablehlo.multiply"(%1052, %1558) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1587 = "stablehlo.add"(%1585, %1586) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1588 = "stablehlo.multiply"(%arg80, %1561) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1589 = "stablehlo.multiply"(%1184, %1563) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1590 = "stablehlo.add"(%1588, %1589) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1591 = "stablehlo.divide"(%1587, %1566) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1592 = "stablehlo.divide"(%1590, %1568) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1593 = "stablehlo.sqrt"(%1592) : (tensor<4x32xf32>) -> tensor<4x32xf32>
    %1594 = "stablehlo.add"(%1593, %1571) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1595 = "stablehlo.divide"(%1591, %1594) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1596 = "stablehlo.multiply"(%arg11, %1574) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1597 = "stablehlo.add"(%1595, %1596) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1598 = "stablehlo.multiply"(%1597, %1577) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1599 = "stablehlo.subtract"(%arg11, %1598) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1600 = "stablehlo.multiply"(%arg114, %1580) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1601 = "stablehlo.multiply"(%1599, %1582) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1602 = "stablehlo.add"(%1600, %1601) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1603 = "stablehlo.constant"() {value = dense<0.9> : tensor<32x96xf32>} : () -> tensor<32x96xf32>
    %1604 = "stablehlo.multiply"(%arg47, %1603) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1605 = "stablehlo.constant"() {value = dense<0.1> : tensor<32x96xf32>} : () -> tensor<32x96xf32>
    %1606 = "stablehlo.multiply"(%1035, %1605) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1607 = "stablehlo.add"(%1604, %1606) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1608 = "stablehlo.constant"() {value = dense<0.999> : tensor<32x96xf32>} : () -> tensor<32x96xf32>
    %1609 = "stablehlo.multiply"(%arg81, %1608) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1610 = "stablehlo.constant"() {value = dense<0.001> : tensor<32x96xf32>} : () -> tensor<32x96xf32>
    %1611 = "stablehlo.multiply"(%1191, %1610) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1612 = "stablehlo.add"(%1609, %1611) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1613 = "stablehlo.broadcast_in_dim"(%1394) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x96xf32>
    %1614 = "stablehlo.divide"(%1607, %1613) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1615 = "stablehlo.broadcast_in_dim"(%1397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x96xf32>
    %1616 = "stablehlo.divide"(%1612, %1615) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1617 = "stablehlo.sqrt"(%1616) : (tensor<32x96xf32>) -> tensor<32x96xf32>
    %1618 = "stablehlo.constant"() {value = dense<0x322BCC77> : tensor<32x96xf32>} : () -> tensor<32x96xf32>
    %1619 = "stablehlo.add"(%1617, %1618) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1620 = "stablehlo.divide"(%1614, %1619) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1621 = "stablehlo.constant"() {value = dense<0.0001> : tensor<32x96xf32>} : () -> tensor<32x96xf32>
    %1622 = "stablehlo.multiply"(%arg12, %1621) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1623 = "stablehlo.add"(%1620, %1622) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1624 = "stablehlo.broadcast_in_dim"(%1378) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x96xf32>
    %1625 = "stablehlo.multiply"(%1623, %1624) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1626 = "stablehlo.subtract"(%arg12, %1625) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1627 = "stablehlo.broadcast_in_dim"(%1415) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x96xf32>
    %1628 = "stablehlo.multiply"(%arg115, %1627) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1629 = "stablehlo.broadcast_in_dim"(%1416) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x96xf32>
    %1630 = "stablehlo.multiply"(%1626, %1629) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1631 = "stablehlo.add"(%1628, %1630) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1632 = "stablehlo.constant"() {value = dense<0.9> : tensor<96xf32>} : () -> tensor<96xf32>
    %1633 = "stablehlo.multiply"(%arg48, %1632) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1634 = "stablehlo.constant"() {value = dense<0.1> : tensor<96xf32>} : () -> tensor<96xf32>
    %1635 = "stablehlo.multiply"(%1029, %1634) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1636 = "stablehlo.add"(%1633, %1635) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1637 = "stablehlo.constant"() {value = dense<0.999> : tensor<96xf32>} : () -> tensor<96xf32>
    %1638 = "stablehlo.multiply"(%arg82, %1637) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1639 = "stablehlo.constant"() {value = dense<0.001> : tensor<96xf32>} : () -> tensor<96xf32>
    %1640 = "stablehlo.multiply"(%1198, %1639) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1641 = "stablehlo.add"(%1638, %1640) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1642 = "stablehlo.broadcast_in_dim"(%1394) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<96xf32>
    %1643 = "stablehlo.divide"(%1636, %1642) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1644 = "stablehlo.broadcast_in_dim"(%1397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<96xf32>
    %1645 = "stablehlo.divide"(%1641, %1644) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1646 = "stablehlo.sqrt"(%1645) : (tensor<96xf32>) -> tensor<96xf32>
    %1647 = "stablehlo.constant"() {value = dense<0x322BCC77> : tensor<96xf32>} : () -> tensor<96xf32>
    %1648 = "stablehlo.add"(%1646, %1647) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1649 = "stablehlo.divide"(%1643, %1648) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1650 = "stablehlo.constant"() {value = dense<0.0001> : tensor<96xf32>} : () -> tensor<96xf32>
    %1651 = "stablehlo.multiply"(%arg13, %1650) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1652 = "stablehlo.add"(%1649, %1651) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1653 = "stablehlo.broadcast_in_dim"(%1378) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<96xf32>
    %1654 = "stablehlo.multiply"(%1652, %1653) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1655 = "stablehlo.subtract"(%arg13, %1654) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1656 = "stablehlo.broadcast_in_dim"(%1415) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<96xf32>
    %1657 = "stablehlo.multiply"(%arg116, %1656) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1658 = "stablehlo.broadcast_in_dim"(%1416) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<96xf32>
    %1659 = "stablehlo.multiply"(%1655, %1658) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1660 = "stablehlo.add"(%1657, %1659) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1661 = "stablehlo.constant"() {value = dense<0.9> : tensor<32x32xf32>} : () -> tensor<32x32xf32>
    %1662 = "stablehlo.multiply"(%arg49, %1661) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1663 = "stablehlo.constant"() {value = dense<0.1> : tensor<32x32xf32>} : () -> tensor<32x32xf32>
    %1664 = "stablehlo.multiply"(%912, %1663) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1665 = "stablehlo.add"(%1662, %1664) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1666 = "stablehlo.constant"() {value = dense<0.999> : tensor<32x32xf32>} : () -> tensor<32x32xf32>
    %1667 = "stablehlo.multiply"(%arg83, %1666) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1668 = "stablehlo.constant"() {value = dense<0.001> : tensor<32x32xf32>} : () -> tensor<32x32xf32>
    %1669 = "stablehlo.multiply"(%1205, %1668) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1670 = "stablehlo.add"(%1667, %1669) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1671 = "stablehlo.broadcast_in_dim"(%1394) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x32xf32>
    %1672 = "stablehlo.divide"(%1665, %1671) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1673 = "stablehlo.broadcast_in_dim"(%1397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x32xf32>
    %1674 = "stablehlo.divide"(%1670, %1673) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1675 = "stablehlo.sqrt"(%1674) : (tensor<32x32xf32>) -> tensor<32x32xf32>
    %1676 = "stablehlo.constant"() {value = dense<0x322BCC77> : tensor<32x32xf32>} : () -> tensor<32x32xf32>
    %1677 = "stablehlo.add"(%1675, %1676) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1678 = "stablehlo.divide"(%1672, %1677) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1679 = "stablehlo.constant"() {value = dense<0.0001> : tensor<32x32xf32>} : () -> tensor<32x32xf32>
    %1680 = "stablehlo.multiply"(%arg14, %1679) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1681 = "stablehlo.add"(%1678, %1680) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1682 = "stablehlo.broadcast_in_dim"(%1378) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x32xf32>
    %1683 = "stablehlo.multiply"(%1681, %1682) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1684 = "stablehlo.subtract"(%arg14, %1683) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1685 = "stablehlo.broadcast_in_dim"(%1415) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x32xf32>
    %1686 = "stablehlo.multiply"(%arg117, %1685) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1687 = "stablehlo.broadcast_in_dim"(%1416) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x32xf32>
    %1688 = "stablehlo.multiply"(%1684, %1687) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1689 = "stablehlo.add"(%1686, %1688) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1690 = "stablehlo.multiply"(%arg50, %1422) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1691 = "stablehlo.multiply"(%906, %1424) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1692 = "stablehlo.add"(%1690, %1691) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1693 = "stablehlo.multiply"(%arg84, %1427) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1694 = "stablehlo.multiply"(%1212, %1429) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1695 = "stablehlo.add"(%1693, %1694) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1696 = "stablehlo.divide"(%1692, %1432) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1697 = "stablehlo.divide"(%1695, %1434) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1698 = "stablehlo.sqrt"(%1697) : (tensor<32xf32>) -> tensor<32xf32>
    %1699 = "stablehlo.add"(%1698, %1437) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1700 = "stablehlo.divide"(%1696, %1699) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1701 = "stablehlo.multiply"(%arg15, %1440) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1702 = "stablehlo.add"(%1700, %1701) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1703 = "stablehlo.multiply"(%1702, %1443) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1704 = "stablehlo.subtract"(%arg15, %1703) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1705 = "stablehlo.multiply"(%arg118, %1446) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1706 = "stablehlo.multiply"(%1704, %1448) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1707 = "stablehlo.add"(%1705, %1706) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1708 = "stablehlo.multiply"(%arg51, %1556) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1709 = "stablehlo.multiply"(%871, %1558) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1710 = "stablehlo.add"(%1708, %1709) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1711 = "stablehlo.multiply"(%arg85, %1561) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1712 = "stablehlo.multiply"(%1219, %1563) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1713 = "stablehlo.add"(%1711, %1712) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1714 = "stablehlo.divide"(%1710, %1566) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1715 = "stablehlo.divide"(%1713, %1568) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1716 = "stablehlo.sqrt"(%1715) : (tensor<4x32xf32>) -> tensor<4x32xf32>
    %1717 = "stablehlo.add"(%1716, %1571) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1718 = "stablehlo.divide"(%1714, %1717) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1719 = "stablehlo.multiply"(%arg16, %1574) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1720 = "stablehlo.add"(%1718, %1719) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1721 = "stablehlo.multiply"(%1720, %1577) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1722 = "stablehlo.subtract"(%arg16, %1721) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1723 = "stablehlo.multiply"(%arg119, %1580) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1724 = "stablehlo.multiply"(%1722, %1582) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1725 = "stablehlo.add"(%1723, %1724) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1726 = "stablehlo.multiply"(%arg52, %1556) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1727 = "stablehlo.multiply"(%868, %1558) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1728 = "stablehlo.add"(%1726, %1727) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1729 = "stablehlo.multiply"(%arg86, %1561) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1730 = "stablehlo.multiply"(%1226, %1563) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1731 = "stablehlo.add"(%1729, %1730) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1732 = "stablehlo.divide"(%1728, %1566) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1733 = "stablehlo.divide"(%1731, %1568) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1734 = "stablehlo.sqrt"(%1733) : (tensor<4x32xf32>) -> tensor<4x32xf32>
    %1735 = "stablehlo.add"(%1734, %1571) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1736 = "stablehlo.divide"(%1732, %1735) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1737 = "stablehlo.multiply"(%arg17, %1574) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1738 = "stablehlo.add"(%1736, %1737) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1739 = "stablehlo.multiply"(%1738, %1577) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1740 = "stablehlo.subtract"(%arg17, %1739) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1741 = "stablehlo.multiply"(%arg120, %1580) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1742 = "stablehlo.multiply"(%1740, %1582) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1743 = "stablehlo.add"(%1741, %1742) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1744 = "stablehlo.constant"() {value = dense<0.9> : tensor<32x64xf32>} : () -> tensor<32x64xf32>
    %1745 = "stablehlo.multiply"(%arg53, %1744) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1746 = "stablehlo.constant"() {value = dense<0.1> : tensor<32x64xf32>} : () -> tensor<32x64xf32>
    %1747 = "stablehlo.multiply"(%851, %1746) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1748 = "stablehlo.add"(%1745, %1747) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1749 = "stablehlo.constant"() {value = dense<0.999> : tensor<32x64xf32>} : () -> tensor<32x64xf32>
    %1750 = "stablehlo.multiply"(%arg87, %1749) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1751 = "stablehlo.constant"() {value = dense<0.001> : tensor<32x64xf32>} : () -> tensor<32x64xf32>
    %1752 = "stablehlo.multiply"(%1233, %1751) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1753 = "stablehlo.add"(%1750, %1752) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1754 = "stablehlo.broadcast_in_dim"(%1394) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x64xf32>
    %1755 = "stablehlo.divide"(%1748, %1754) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1756 = "stablehlo.broadcast_in_dim"(%1397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x64xf32>
    %1757 = "stablehlo.divide"(%1753, %1756) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1758 = "stablehlo.sqrt"(%1757) : (tensor<32x64xf32>) -> tensor<32x64xf32>
    %1759 = "stablehlo.constant"() {value = dense<0x322BCC77> : tensor<32x64xf32>} : () -> tensor<32x64xf32>
    %1760 = "stablehlo.add"(%1758, %1759) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1761 = "stablehlo.divide"(%1755, %1760) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1762 = "stablehlo.constant"() {value = dense<0.0001> : tensor<32x64xf32>} : () -> tensor<32x64xf32>
    %1763 = "stablehlo.multiply"(%arg18, %1762) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1764 = "stablehlo.add"(%1761, %1763) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1765 = "stablehlo.broadcast_in_dim"(%1378) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x64xf32>
    %1766 = "stablehlo.multiply"(%1764, %1765) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1767 = "stablehlo.subtract"(%arg18, %1766) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1768 = "stablehlo.broadcast_in_dim"(%1415) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x64xf32>
    %1769 = "stablehlo.multiply"(%arg121, %1768) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1770 = "stablehlo.broadcast_in_dim"(%1416) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x64xf32>
    %1771 = "stablehlo.multiply"(%1767, %1770) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1772 = "stablehlo.add"(%1769, %1771) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1773 = "stablehlo.constant"() {value = dense<0.9> : tensor<64xf32>} : () -> tensor<64xf32>
    %1774 = "stablehlo.multiply"(%arg54, %1773) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1775 = "stablehlo.constant"() {value = dense<0.1> : tensor<64xf32>} : () -> tensor<64xf32>
    %1776 = "stablehlo.multiply"(%845, %1775) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1777 = "stablehlo.add"(%1774, %1776) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1778 = "stablehlo.constant"() {value = dense<0.999> : tensor<64xf32>} : () -> tensor<64xf32>
    %1779 = "stablehlo.multiply"(%arg88, %1778) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1780 = "stablehlo.constant"() {value = dense<0.001> : tensor<64xf32>} : () -> tensor<64xf32>
    %1781 = "stablehlo.multiply"(%1240, %1780) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1782 = "stablehlo.add"(%1779, %1781) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1783 = "stablehlo.broadcast_in_dim"(%1394) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1784 = "stablehlo.divide"(%1777, %1783) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1785 = "stablehlo.broadcast_in_dim"(%1397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1786 = "stablehlo.divide"(%1782, %1785) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1787 = "stablehlo.sqrt"(%1786) : (tensor<64xf32>) -> tensor<64xf32>
    %1788 = "stablehlo.constant"() {value = dense<0x322BCC77> : tensor<64xf32>} : () -> tensor<64xf32>
    %1789 = "stablehlo.add"(%1787, %1788) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1790 = "stablehlo.divide"(%1784, %1789) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1791 = "stablehlo.constant"() {value = dense<0.0001> : tensor<64xf32>} : () -> tensor<64xf32>
    %1792 = "stablehlo.multiply"(%arg19, %1791) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1793 = "stablehlo.add"(%1790, %1792) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1794 = "stablehlo.broadcast_in_dim"(%1378) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1795 = "stablehlo.multiply"(%1793, %1794) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1796 = "stablehlo.subtract"(%arg19, %1795) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1797 = "stablehlo.broadcast_in_dim"(%1415) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1798 = "stablehlo.multiply"(%arg122, %1797) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1799 = "stablehlo.broadcast_in_dim"(%1416) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1800 = "stablehlo.multiply"(%1796, %1799) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1801 = "stablehlo.add"(%1798, %1800) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1802 = "stablehlo.constant"() {value = dense<0.9> : tensor<64x32xf32>} : () -> tensor<64x32xf32>
    %1803 = "stablehlo.multiply"(%arg55, %1802) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1804 = "stablehlo.constant"() {value = dense<0.1> : tensor<64x32xf32>} : () -> tensor<64x32xf32>
    %1805 = "stablehlo.multiply"(%836, %1804) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1806 = "stablehlo.add"(%1803, %1805) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1807 = "stablehlo.constant"() {value = dense<0.999> : tensor<64x32xf32>} : () -> tensor<64x32xf32>
    %1808 = "stablehlo.multiply"(%arg89, %1807) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1809 = "stablehlo.constant"() {value = dense<0.001> : tensor<64x32xf32>} : () -> tensor<64x32xf32>
    %1810 = "stablehlo.multiply"(%1247, %1809) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1811 = "stablehlo.add"(%1808, %1810) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1812 = "stablehlo.broadcast_in_dim"(%1394) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x32xf32>
    %1813 = "stablehlo.divide"(%1806, %1812) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1814 = "stablehlo.broadcast_in_dim"(%1397) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x32xf32>
    %1815 = "stablehlo.divide"(%1811, %1814) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1816 = "stablehlo.sqrt"(%1815) : (tensor<64x32xf32>) -> tensor<64x32xf32>
    %1817 = "stablehlo.constant"() {value = dense<0x322BCC77> : tensor<64x32xf32>} : () -> tensor<64x32xf32>
    %1818 = "stablehlo.add"(%1816, %1817) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1819 = "stablehlo.divide"(%1813, %1818) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1820 = "stablehlo.constant"() {value = dense<0.0001> : tensor<64x32xf32>} : () -> tensor<64x32xf32>
    %1821 = "stablehlo.multiply"(%arg20, %1820) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1822 = "stablehlo.add"(%1819, %1821) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1823 = "stablehlo.broadcast_in_dim"(%1378) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x32xf32>
    %1824 = "stablehlo.multiply"(%1822, %1823) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1825 = "stablehlo.subtract"(%arg20, %1824) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1826 = "stablehlo.broadcast_in_dim"(%1415) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x32xf32>
    %1827 = "stablehlo.multiply"(%arg123, %1826) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1828 = "stablehlo.broadcast_in_dim"(%1416) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x32xf32>
    %1829 = "stablehlo.multiply"(%1825, %1828) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1830 = "stablehlo.add"(%1827, %1829) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1831 = "stablehlo.multiply"(%arg56, %1422) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1832 = "stablehlo.multiply"(%830, %1424) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1833 = "stablehlo.add"(%1831, %1832) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1834 = "stablehlo.multiply"(%arg90, %1427) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1835 = "stablehlo.multiply"(%1254, %1429) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1836 = "stablehlo.add"(%1834, %1835) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1837 = "stablehlo.divide"(%1833, %1432) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1838 = "stablehlo.divide"(%1836, %1434) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1839 = "stablehlo.sqrt"(%1838) : (tensor<32xf32>) -> tensor<32xf32>
    %1840 = "stablehlo.add"(%1839, %1437) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1841 = "stablehlo.divide"(%1837, %1840) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1842 = "stablehlo.multiply"(%arg21, %1440) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1843 = "stablehlo.add"(%1841, %1842) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1844 = "stablehlo.multiply"(%1843, %1443) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1845 = "stablehlo.subtract"(%arg21, %1844) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1846 = "stablehlo.multiply"(%arg124, %1446) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1847 = "stablehlo.multiply"(%1845, %1448) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1848 = "stablehlo.add"(%1846, %1847) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1849 = "stablehlo.multiply"(%arg57, %1556) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1850 = "stablehlo.multiply"(%795, %1558) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1851 = "stablehlo.add"(%1849, %1850) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1852 = "stablehlo.multiply"(%arg91, %1561) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1853 = "stablehlo.multiply"(%1261, %1563) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1854 = "stablehlo.add"(%1852, %1853) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1855 = "stablehlo.divide"(%1851, %1566) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1856 = "stablehlo.divide"(%1854, %1568) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1857 = "stablehlo.sqrt"(%1856) : (tensor<4x32xf32>) -> tensor<4x32xf32>
    %1858 = "stablehlo.add"(%1857, %1571) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1859 = "stablehlo.divide"(%1855, %1858) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1860 = "stablehlo.multiply"(%arg22, %1574) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1861 = "stablehlo.add"(%1859, %1860) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1862 = "stablehlo.multiply"(%1861, %1577) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1863 = "stablehlo.subtract"(%arg22, %1862) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1864 = "stablehlo.multiply"(%arg125, %1580) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1865 = "stablehlo.multiply"(%1863, %1582) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1866 = "stablehlo.add"(%1864, %1865) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1867 = "stablehlo.multiply"(%arg58, %1556) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1868 = "stablehlo.multiply"(%792, %1558) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1869 = "stablehlo.add"(%1867, %1868) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1870 = "stablehlo.multiply"(%arg92, %1561) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1871 = "stablehlo.multiply"(%1268, %1563) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1872 = "stablehlo.add"(%1870, %1871) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1873 = "stablehlo.divide"(%1869, %1566) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1874 = "stablehlo.divide"(%1872, %1568) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1875 = "stablehlo.sqrt"(%1874) : (tensor<4x32xf32>) -> tensor<4x32xf32>
    %1876 = "stablehlo.add"(%1875, %1571) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1877 = "stablehlo.divide"(%1873, %1876) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1878 = "stablehlo.multiply"(%arg23, %1574) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1879 = "stablehlo.add"(%1877, %1878) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1880 = "stablehlo.multiply"(%1879, %1577) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1881 = "stablehlo.subtract"(%arg23, %1880) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1882 = "stablehlo.multiply"(%arg126, %1580) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1883 = "stablehlo.multiply"(%1881, %1582) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1884 = "stablehlo.add"(%1882, %1883) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1885 = "stablehlo.multiply"(%arg59, %1603) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1886 = "stablehlo.multiply"(%775, %1605) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1887 = "stablehlo.add"(%1885, %1886) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1888 = "stablehlo.multiply"(%arg93, %1608) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1889 = "stablehlo.multiply"(%1275, %1610) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1890 = "stablehlo.add"(%1888, %1889) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1891 = "stablehlo.divide"(%1887, %1613) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1892 = "stablehlo.divide"(%1890, %1615) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1893 = "stablehlo.sqrt"(%1892) : (tensor<32x96xf32>) -> tensor<32x96xf32>
    %1894 = "stablehlo.add"(%1893, %1618) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1895 = "stablehlo.divide"(%1891, %1894) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1896 = "stablehlo.multiply"(%arg24, %1621) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1897 = "stablehlo.add"(%1895, %1896) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1898 = "stablehlo.multiply"(%1897, %1624) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1899 = "stablehlo.subtract"(%arg24, %1898) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1900 = "stablehlo.multiply"(%arg127, %1627) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1901 = "stablehlo.multiply"(%1899, %1629) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1902 = "stablehlo.add"(%1900, %1901) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1903 = "stablehlo.multiply"(%arg60, %1632) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1904 = "stablehlo.multiply"(%769, %1634) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1905 = "stablehlo.add"(%1903, %1904) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1906 = "stablehlo.multiply"(%arg94, %1637) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1907 = "stablehlo.multiply"(%1282, %1639) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1908 = "stablehlo.add"(%1906, %1907) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1909 = "stablehlo.divide"(%1905, %1642) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1910 = "stablehlo.divide"(%1908, %1644) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1911 = "stablehlo.sqrt"(%1910) : (tensor<96xf32>) -> tensor<96xf32>
    %1912 = "stablehlo.add"(%1911, %1647) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1913 = "stablehlo.divide"(%1909, %1912) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1914 = "stablehlo.multiply"(%arg25, %1650) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1915 = "stablehlo.add"(%1913, %1914) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1916 = "stablehlo.multiply"(%1915, %1653) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1917 = "stablehlo.subtract"(%arg25, %1916) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1918 = "stablehlo.multiply"(%arg128, %1656) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1919 = "stablehlo.multiply"(%1917, %1658) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1920 = "stablehlo.add"(%1918, %1919) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1921 = "stablehlo.multiply"(%arg61, %1661) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1922 = "stablehlo.multiply"(%647, %1663) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1923 = "stablehlo.add"(%1921, %1922) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1924 = "stablehlo.multiply"(%arg95, %1666) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1925 = "stablehlo.multiply"(%1289, %1668) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1926 = "stablehlo.add"(%1924, %1925) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1927 = "stablehlo.divide"(%1923, %1671) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1928 = "stablehlo.divide"(%1926, %1673) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1929 = "stablehlo.sqrt"(%1928) : (tensor<32x32xf32>) -> tensor<32x32xf32>
    %1930 = "stablehlo.add"(%1929, %1676) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1931 = "stablehlo.divide"(%1927, %1930) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1932 = "stablehlo.multiply"(%arg26, %1679) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1933 = "stablehlo.add"(%1931, %1932) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1934 = "stablehlo.multiply"(%1933, %1682) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1935 = "stablehlo.subtract"(%arg26, %1934) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1936 = "stablehlo.multiply"(%arg129, %1685) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1937 = "stablehlo.multiply"(%1935, %1687) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1938 = "stablehlo.add"(%1936, %1937) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1939 = "stablehlo.multiply"(%arg62, %1422) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1940 = "stablehlo.multiply"(%641, %1424) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1941 = "stablehlo.add"(%1939, %1940) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1942 = "stablehlo.multiply"(%arg96, %1427) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1943 = "stablehlo.multiply"(%1296, %1429) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1944 = "stablehlo.add"(%1942, %1943) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1945 = "stablehlo.divide"(%1941, %1432) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1946 = "stablehlo.divide"(%1944, %1434) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1947 = "stablehlo.sqrt"(%1946) : (tensor<32xf32>) -> tensor<32xf32>
    %1948 = "stablehlo.add"(%1947, %1437) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1949 = "stablehlo.divide"(%1945, %1948) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1950 = "stablehlo.multiply"(%arg27, %1440) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1951 = "stablehlo.add"(%1949, %1950) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1952 = "stablehlo.multiply"(%1951, %1443) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1953 = "stablehlo.subtract"(%arg27, %1952) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1954 = "stablehlo.multiply"(%arg130, %1446) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1955 = "stablehlo.multiply"(%1953, %1448) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1956 = "stablehlo.add"(%1954, %1955) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1957 = "stablehlo.multiply"(%arg63, %1556) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1958 = "stablehlo.multiply"(%606, %1558) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1959 = "stablehlo.add"(%1957, %1958) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1960 = "stablehlo.multiply"(%arg97, %1561) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1961 = "stablehlo.multiply"(%1303, %1563) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1962 = "stablehlo.add"(%1960, %1961) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1963 = "stablehlo.divide"(%1959, %1566) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1964 = "stablehlo.divide"(%1962, %1568) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1965 = "stablehlo.sqrt"(%1964) : (tensor<4x32xf32>) -> tensor<4x32xf32>
    %1966 = "stablehlo.add"(%1965, %1571) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1967 = "stablehlo.divide"(%1963, %1966) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1968 = "stablehlo.multiply"(%arg28, %1574) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1969 = "stablehlo.add"(%1967, %1968) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1970 = "stablehlo.multiply"(%1969, %1577) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1971 = "stablehlo.subtract"(%arg28, %1970) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1972 = "stablehlo.multiply"(%arg131, %1580) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1973 = "stablehlo.multiply"(%1971, %1582) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1974 = "stablehlo.add"(%1972, %1973) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1975 = "stablehlo.multiply"(%arg64, %1556) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1976 = "stablehlo.multiply"(%603, %1558) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1977 = "stablehlo.add"(%1975, %1976) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1978 = "stablehlo.multiply"(%arg98, %1561) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1979 = "stablehlo.multiply"(%1310, %1563) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1980 = "stablehlo.add"(%1978, %1979) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1981 = "stablehlo.divide"(%1977, %1566) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1982 = "stablehlo.divide"(%1980, %1568) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1983 = "stablehlo.sqrt"(%1982) : (tensor<4x32xf32>) -> tensor<4x32xf32>
    %1984 = "stablehlo.add"(%1983, %1571) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1985 = "stablehlo.divide"(%1981, %1984) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1986 = "stablehlo.multiply"(%arg29, %1574) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1987 = "stablehlo.add"(%1985, %1986) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1988 = "stablehlo.multiply"(%1987, %1577) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1989 = "stablehlo.subtract"(%arg29, %1988) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1990 = "stablehlo.multiply"(%arg132, %1580) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1991 = "stablehlo.multiply"(%1989, %1582) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1992 = "stablehlo.add"(%1990, %1991) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1993 = "stablehlo.multiply"(%arg65, %1744) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1994 = "stablehlo.multiply"(%586, %1746) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1995 = "stablehlo.add"(%1993, %1994) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1996 = "stablehlo.multiply"(%arg99, %1749) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1997 = "stablehlo.multiply"(%1317, %1751) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1998 = "stablehlo.add"(%1996, %1997) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1999 = "stablehlo.divide"(%1995, %1754) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %2000 = "stablehlo.divide"(%1998, %1756) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %2001 = "stablehlo.sqrt"(%2000) : (tensor<32x64xf32>) -> tensor<32x64xf32>
    %2002 = "stablehlo.add"(%2001, %1759) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %2003 = "stablehlo.divide"(%1999, %2002) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %2004 = "stablehlo.multiply"(%arg30, %1762) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %2005 = "stablehlo.add"(%2003, %2004) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %2006 = "stablehlo.multiply"(%2005, %1765) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %2007 = "stablehlo.subtract"(%arg30, %2006) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %2008 = "stablehlo.multiply"(%arg133, %1768) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %2009 = "stablehlo.multiply"(%2007, %1770) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %2010 = "stablehlo.add"(%2008, %2009) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %2011 = "stablehlo.multiply"(%arg66, %1773) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2012 = "stablehlo.multiply"(%580, %1775) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2013 = "stablehlo.add"(%2011, %2012) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2014 = "stablehlo.multiply"(%arg100, %1778) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2015 = "stablehlo.multiply"(%1324, %1780) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2016 = "stablehlo.add"(%2014, %2015) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2017 = "stablehlo.divide"(%2013, %1783) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2018 = "stablehlo.divide"(%2016, %1785) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2019 = "stablehlo.sqrt"(%2018) : (tensor<64xf32>) -> tensor<64xf32>
    %2020 = "stablehlo.add"(%2019, %1788) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2021 = "stablehlo.divide"(%2017, %2020) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2022 = "stablehlo.multiply"(%arg31, %1791) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2023 = "stablehlo.add"(%2021, %2022) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2024 = "stablehlo.multiply"(%2023, %1794) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2025 = "stablehlo.subtract"(%arg31, %2024) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2026 = "stablehlo.multiply"(%arg134, %1797) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2027 = "stablehlo.multiply"(%2025, %1799) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2028 = "stablehlo.add"(%2026, %2027) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2029 = "stablehlo.multiply"(%arg67, %1802) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %2030 = "stablehlo.multiply"(%570, %1804) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %2031 = "stablehlo.add"(%2029, %2030) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %2032 = "stablehlo.multiply"(%arg101, %1807) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %2033 = "stablehlo.multiply"(%1331, %1809) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %2034 = "stablehlo.add"(%2032, %2033) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %2035 = "stablehlo.divide"(%2031, %1812) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %2036 = "stablehlo.divide"(%2034, %1814) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %2037 = "stablehlo.sqrt"(%2036) : (tensor<64x32xf32>) -> tensor<64x32xf32>
    %2038 = "stablehlo.add"(%2037, %1817) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %2039 = "stablehlo.divide"(%2035, %2038) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %2040 = "stablehlo.multiply"(%arg32, %1820) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %2041 = "stablehlo.add"(%2039, %2040) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %2042 = "stablehlo.multiply"(%2041, %1823) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %2043 = "stablehlo.subtract"(%arg32, %2042) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %2044 = "stablehlo.multiply"(%arg135, %1826) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %2045 = "stablehlo.multiply"(%2043, %1828) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %2046 = "stablehlo.add"(%2044, %2045) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %2047 = "stablehlo.multiply"(%arg68, %1422) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2048 = "stablehlo.multiply"(%564, %1424) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2049 = "stablehlo.add"(%2047, %2048) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2050 = "stablehlo.multiply"(%arg102, %1427) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2051 = "stablehlo.multiply"(%1338, %1429) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2052 = "stablehlo.add"(%2050, %2051) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2053 = "stablehlo.divide"(%2049, %1432) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2054 = "stablehlo.divide"(%2052, %1434) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2055 = "stablehlo.sqrt"(%2054) : (tensor<32xf32>) -> tensor<32xf32>
    %2056 = "stablehlo.add"(%2055, %1437) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2057 = "stablehlo.divide"(%2053, %2056) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2058 = "stablehlo.multiply"(%arg33, %1440) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2059 = "stablehlo.add"(%2057, %2058) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2060 = "stablehlo.multiply"(%2059, %1443) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2061 = "stablehlo.subtract"(%arg33, %2060) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2062 = "stablehlo.multiply"(%arg136, %1446) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2063 = "stablehlo.multiply"(%2061, %1448) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2064 = "stablehlo.add"(%2062, %2063) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2065 = "stablehlo.multiply"(%arg69, %1556) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %2066 = "stablehlo.multiply"(%529, %1558) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %2067 = "stablehlo.add"(%2065, %2066) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %2068 = "stablehlo.multiply"(%arg103, %1561) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %2069 = "stablehlo.multiply"(%1345, %1563) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %2070 = "stablehlo.add"(%2068, %2069) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %2071 = "stablehlo.divide"(%2067, %1566) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %2072 = "stablehlo.divide"(%2070, %1568) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %2073 = "stablehlo.sqrt"(%2072) : (tensor<4x32xf32>) -> tensor<4x32xf32>
    %2074 = "stablehlo.add"(%2073, %1571) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %2075 = "stablehlo.divide"(%2071, %2074) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %2076 = "stablehlo.multiply"(%arg34, %1574) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %2077 = "stablehlo.add"(%2075, %2076) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %2078 = "stablehlo.multiply"(%2077, %1577) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %2079 = "stablehlo.subtract"(%arg34, %2078) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %2080 = "stablehlo.multiply"(%arg137, %1580) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %2081 = "stablehlo.multiply"(%2079, %1582) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %2082 = "stablehlo.add"(%2080, %2081) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %2083 = "stablehlo.multiply"(%arg70, %1556) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %2084 = "stablehlo.multiply"(%526, %1558) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %2085 = "stablehlo.add"(%2083, %2084) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %2086 = "stablehlo.multiply"(%arg104, %1561) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %2087 = "stablehlo.multiply"(%1352, %1563) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %2088 = "stablehlo.add"(%2086, %2087) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %2089 = "stablehlo.divide"(%2085, %1566) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %2090 = "stablehlo.divide"(%2088, %1568) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %2091 = "stablehlo.sqrt"(%2090) : (tensor<4x32xf32>) -> tensor<4x32xf32>
    %2092 = "stablehlo.add"(%2091, %1571) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %2093 = "stablehlo.divide"(%2089, %2092) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %2094 = "stablehlo.multiply"(%arg35, %1574) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %2095 = "stablehlo.add"(%2093, %2094) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %2096 = "stablehlo.multiply"(%2095, %1577) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %2097 = "stablehlo.subtract"(%arg35, %2096) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %2098 = "stablehlo.multiply"(%arg138, %1580) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %2099 = "stablehlo.multiply"(%2097, %1582) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %2100 = "stablehlo.add"(%2098, %2099) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %2101 = "stablehlo.multiply"(%arg71, %1661) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %2102 = "stablehlo.multiply"(%509, %1663) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %2103 = "stablehlo.add"(%2101, %2102) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %2104 = "stablehlo.multiply"(%arg105, %1666) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %2105 = "stablehlo.multiply"(%1359, %1668) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %2106 = "stablehlo.add"(%2104, %2105) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %2107 = "stablehlo.divide"(%2103, %1671) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %2108 = "stablehlo.divide"(%2106, %1673) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %2109 = "stablehlo.sqrt"(%2108) : (tensor<32x32xf32>) -> tensor<32x32xf32>
    %2110 = "stablehlo.add"(%2109, %1676) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %2111 = "stablehlo.divide"(%2107, %2110) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %2112 = "stablehlo.multiply"(%arg36, %1679) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %2113 = "stablehlo.add"(%2111, %2112) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %2114 = "stablehlo.multiply"(%2113, %1682) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %2115 = "stablehlo.subtract"(%arg36, %2114) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %2116 = "stablehlo.multiply"(%arg139, %1685) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %2117 = "stablehlo.multiply"(%2115, %1687) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %2118 = "stablehlo.add"(%2116, %2117) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %2119 = "stablehlo.multiply"(%arg72, %1422) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2120 = "stablehlo.multiply"(%503, %1424) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2121 = "stablehlo.add"(%2119, %2120) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2122 = "stablehlo.multiply"(%arg106, %1427) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2123 = "stablehlo.multiply"(%1366, %1429) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2124 = "stablehlo.add"(%2122, %2123) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2125 = "stablehlo.divide"(%2121, %1432) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2126 = "stablehlo.divide"(%2124, %1434) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2127 = "stablehlo.sqrt"(%2126) : (tensor<32xf32>) -> tensor<32xf32>
    %2128 = "stablehlo.add"(%2127, %1437) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2129 = "stablehlo.divide"(%2125, %2128) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2130 = "stablehlo.multiply"(%arg37, %1440) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2131 = "stablehlo.add"(%2129, %2130) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2132 = "stablehlo.multiply"(%2131, %1443) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2133 = "stablehlo.subtract"(%arg37, %2132) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2134 = "stablehlo.multiply"(%arg140, %1446) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2135 = "stablehlo.multiply"(%2133, %1448) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2136 = "stablehlo.add"(%2134, %2135) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2137 = "stablehlo.reshape"(%487) : (tensor<f32>) -> tensor<1xf32>
    %2138 = "stablehlo.reshape"(%489) : (tensor<f32>) -> tensor<1xf32>
    %2139 = "stablehlo.reshape"(%1373) : (tensor<f32>) -> tensor<1xf32>
    %2140 = "stablehlo.reshape"(%1378) : (tensor<f32>) -> tensor<1xf32>
    %2141 = "stablehlo.concatenate"(%2137, %2138, %2139, %2140) {dimension = 0 : i64} : (tensor<1xf32>, tensor<1xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<4xf32>
    return %1411, %1445, %1465, %1492, %1521, %1550, %1579, %1599, %1626, %1655, %1684, %1704, %1722, %1740, %1767, %1796, %1825, %1845, %1863, %1881, %1899, %1917, %1935, %1953, %1971, %1989, %2007, %2025, %2043, %2061, %2079, %2097, %2115, %2133, %1380, %1386, %1426, %1453, %1473, %1502, %1531, %1560, %1587, %1607, %1636, %1665, %1692, %1710, %1728, %1748, %1777, %1806, %1833, %1851, %1869, %1887, %1905, %1923, %1941, %1959, %1977, %1995, %2013, %2031, %2049, %2067, %2085, %2103, %2121, %1391, %1431, %1456, %1478, %1507, %1536, %1565, %1590, %1612, %1641, %1670, %1695, %1713, %1731, %1753, %1782, %1811, %1836, %1854, %1872, %1890, %1908, %1926, %1944, %1962, %1980, %1998, %2016, %2034, %2052, %2070, %2088, %2106, %2124, %1421, %1450, %1468, %1497, %1526, %1555, %1584, %1602, %1631, %1660, %1689, %1707, %1725, %1743, %1772, %1801, %1830, %1848, %1866, %1884, %1902, %1920, %1938, %1956, %1974, %1992, %2010, %2028, %2046, %2064, %2082, %2100, %2118, %2136, %2141 : tensor<16x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<4x11xf32>, tensor<8x11xf32>, tensor<8x10xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x96xf32>, tensor<96xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x96xf32>, tensor<96xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<i32>, tensor<16x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<4x11xf32>, tensor<8x11xf32>, tensor<8x10xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x96xf32>, tensor<96xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x96xf32>, tensor<96xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<16x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<4x11xf32>, tensor<8x11xf32>, tensor<8x10xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x96xf32>, tensor<96xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x96xf32>, tensor<96xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<16x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<4x11xf32>, tensor<8x11xf32>, tensor<8x10xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x96xf32>, tensor<96xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x96xf32>, tensor<96xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<4xf32>
  }
}
