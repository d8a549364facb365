module @vqgan_generator_step attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<4x16x16x3xf32>, %arg1: tensor<2xui32>, %arg2: tensor<1x1x3x8xf32>, %arg3: tensor<8xf32>, %arg4: tensor<3x3x8x32xf32>, %arg5: tensor<32xf32>, %arg6: tensor<3x3x32x16xf32>, %arg7: tensor<16xf32>, %arg8: tensor<1x1x8x16xf32>, %arg9: tensor<16xf32>, %arg10: tensor<3x3x16x64xf32>, %arg11: tensor<64xf32>, %arg12: tensor<3x3x64x32xf32>, %arg13: tensor<32xf32>, %arg14: tensor<1x1x16x32xf32>, %arg15: tensor<32xf32>, %arg16: tensor<3x3x33x32xf32>, %arg17: tensor<32xf32>, %arg18: tensor<128x64xf32>, %arg19: tensor<64xf32>, %arg20: tensor<64x1xf32>, %arg21: tensor<1xf32>, %arg22: tensor<3x3x3x32xf32> {tf.aliasing_output = 0 : i32}, %arg23: tensor<32xf32> {tf.aliasing_output = 1 : i32}, %arg24: tensor<32xf32> {tf.aliasing_output = 2 : i32}, %arg25: tensor<32xf32> {tf.aliasing_output = 3 : i32}, %arg26: tensor<3x3x32x32xf32> {tf.aliasing_output = 4 : i32}, %arg27: tensor<32xf32> {tf.aliasing_output = 5 : i32}, %arg28: tensor<32xf32> {tf.aliasing_output = 6 : i32}, %arg29: tensor<32xf32> {tf.aliasing_output = 7 : i32}, %arg30: tensor<3x3x32x32xf32> {tf.aliasing_output = 8 : i32}, %arg31: tensor<32xf32> {tf.aliasing_output = 9 : i32}, %arg32: tensor<3x3x32x32xf32> {tf.aliasing_output = 10 : i32}, %arg33: tensor<32xf32> {tf.aliasing_output = 11 : i32}, %arg34: tensor<32xf32> {tf.aliasing_output = 12 : i32}, %arg35: tensor<32xf32> {tf.aliasing_output = 13 : i32}, %arg36: tensor<3x3x32x32xf32> {tf.aliasing_output = 14 : i32}, %arg37: tensor<32xf32> {tf.aliasing_output = 15 : i32}, %arg38: tensor<32xf32> {tf.aliasing_output = 16 : i32}, %arg39: tensor<32xf32> {tf.aliasing_output = 17 : i32}, %arg40: tensor<3x3x32x32xf32> {tf.aliasing_output = 18 : i32}, %arg41: tensor<32xf32> {tf.aliasing_output = 19 : i32}, %arg42: tensor<32xf32> {tf.aliasing_output = 20 : i32}, %arg43: tensor<32xf32> {tf.aliasing_output = 21 : i32}, %arg44: tensor<3x3x32x32xf32> {tf.aliasing_output = 22 : i32}, %arg45: tensor<32xf32> {tf.aliasing_output = 23 : i32}, %arg46: tensor<32xf32> {tf.aliasing_output = 24 : i32}, %arg47: tensor<32xf32> {tf.aliasing_output = 25 : i32}, %arg48: tensor<3x3x32x32xf32> {tf.aliasing_output = 26 : i32}, %arg49: tensor<32xf32> {tf.aliasing_output = 27 : i32}, %arg50: tensor<32xf32> {tf.aliasing_output = 28 : i32}, %arg51: tensor<32xf32> {tf.aliasing_output = 29 : i32}, %arg52: tensor<1x1x32x32xf32> {tf.aliasing_output = 30 : i32}, %arg53: tensor<32xf32> {tf.aliasing_output = 31 : i32}, %arg54: tensor<1x1x32x32xf32> {tf.aliasing_output = 32 : i32}, %arg55: tensor<32xf32> {tf.aliasing_output = 33 : i32}, %arg56: tensor<1x1x32x32xf32> {tf.aliasing_output = 34 : i32}, %arg57: tensor<32xf32> {tf.aliasing_output = 35 : i32}, %arg58: tensor<1x1x32x32xf32> {tf.aliasing_output = 36 : i32}, %arg59: tensor<32xf32> {tf.aliasing_output = 37 : i32}, %arg60: tensor<32xf32> {tf.aliasing_output = 38 : i32}, %arg61: tensor<32xf32> {tf.aliasing_output = 39 : i32}, %arg62: tensor<3x3x32x32xf32> {tf.aliasing_output = 40 : i32}, %arg63: tensor<32xf32> {tf.aliasing_output = 41 : i32}, %arg64: tensor<32xf32> {tf.aliasing_output = 42 : i32}, %arg65: tensor<32xf32> {tf.aliasing_output = 43 : i32}, %arg66: tensor<3x3x32x32xf32> {tf.aliasing_output = 44 : i32}, %arg67: tensor<32xf32> {tf.aliasing_output = 45 : i32}, %arg68: tensor<32xf32> {tf.aliasing_output = 46 : i32}, %arg69: tensor<32xf32> {tf.aliasing_output = 47 : i32}, %arg70: tensor<3x3x32x16xf32> {tf.aliasing_output = 48 : i32}, %arg71: tensor<16xf32> {tf.aliasing_output = 49 : i32}, %arg72: tensor<1x1x16x16xf32> {tf.aliasing_output = 50 : i32}, %arg73: tensor<16xf32> {tf.aliasing_output = 51 : i32}, %arg74: tensor<32x16xf32> {tf.aliasing_output = 52 : i32}, %arg75: tensor<1x1x16x16xf32> {tf.aliasing_output = 53 : i32}, %arg76: tensor<16xf32> {tf.aliasing_output = 54 : i32}, %arg77: tensor<3x3x16x32xf32> {tf.aliasing_output = 55 : i32}, %arg78: tensor<32xf32> {tf.aliasing_output = 56 : i32}, %arg79: tensor<32xf32> {tf.aliasing_output = 57 : i32}, %arg80: tensor<32xf32> {tf.aliasing_output = 58 : i32}, %arg81: tensor<3x3x32x32xf32> {tf.aliasing_output = 59 : i32}, %arg82: tensor<32xf32> {tf.aliasing_output = 60 : i32}, %arg83: tensor<32xf32> {tf.aliasing_output = 61 : i32}, %arg84: tensor<32xf32> {tf.aliasing_output = 62 : i32}, %arg85: tensor<3x3x32x32xf32> {tf.aliasing_output = 63 : i32}, %arg86: tensor<32xf32> {tf.aliasing_output = 64 : i32}, %arg87: tensor<32xf32> {tf.aliasing_output = 65 : i32}, %arg88: tensor<32xf32> {tf.aliasing_output = 66 : i32}, %arg89: tensor<1x1x32x32xf32> {tf.aliasing_output = 67 : i32}, %arg90: tensor<32xf32> {tf.aliasing_output = 68 : i32}, %arg91: tensor<1x1x32x32xf32> {tf.aliasing_output = 69 : i32}, %arg92: tensor<32xf32> {tf.aliasing_output = 70 : i32}, %arg93: tensor<1x1x32x32xf32> {tf.aliasing_output = 71 : i32}, %arg94: tensor<32xf32> {tf.aliasing_output = 72 : i32}, %arg95: tensor<1x1x32x32xf32> {tf.aliasing_output = 73 : i32}, %arg96: tensor<32xf32> {tf.aliasing_output = 74 : i32}, %arg97: tensor<32xf32> {tf.aliasing_output = 75 : i32}, %arg98: tensor<32xf32> {tf.aliasing_output = 76 : i32}, %arg99: tensor<3x3x32x32xf32> {tf.aliasing_output = 77 : i32}, %arg100: tensor<32xf32> {tf.aliasing_output = 78 : i32}, %arg101: tensor<32xf32> {tf.aliasing_output = 79 : i32}, %arg102: tensor<32xf32> {tf.aliasing_output = 80 : i32}, %arg103: tensor<3x3x32x32xf32> {tf.aliasing_output = 81 : i32}, %arg104: tensor<32xf32> {tf.aliasing_output = 82 : i32}, %arg105: tensor<32xf32> {tf.aliasing_output = 83 : i32}, %arg106: tensor<32xf32> {tf.aliasing_output = 84 : i32}, %arg107: tensor<3x3x32x32xf32> {tf.aliasing_output = 85 : i32}, %arg108: tensor<32xf32> {tf.aliasing_output = 86 : i32}, %arg109: tensor<32xf32> {tf.aliasing_output = 87 : i32}, %arg110: tensor<32xf32> {tf.aliasing_output = 88 : i32}, %arg111: tensor<3x3x32x32xf32> {tf.aliasing_output = 89 : i32}, %arg112: tensor<32xf32> {tf.aliasing_output = 90 : i32}, %arg113: tensor<32xf32> {tf.aliasing_output = 91 : i32}, %arg114: tensor<32xf32> {tf.aliasing_output = 92 : i32}, %arg115: tensor<3x3x32x32xf32> {tf.aliasing_output = 93 : i32}, %arg116: tensor<32xf32> {tf.aliasing_output = 94 : i32}, %arg117: tensor<32xf32> {tf.aliasing_output = 95 : i32}, %arg118: tensor<32xf32> {tf.aliasing_output = 96 : i32}, %arg119: tensor<3x3x32x32xf32> {tf.aliasing_output = 97 : i32}, %arg120: tensor<32xf32> {tf.aliasing_output = 98 : i32}, %arg121: tensor<3x3x32x32xf32> {tf.aliasing_output = 99 : i32}, %arg122: tensor<32xf32> {tf.aliasing_output = 100 : i32}, %arg123: tensor<32xf32> {tf.aliasing_output = 101 : i32}, %arg124: tensor<32xf32> {tf.aliasing_output = 102 : i32}, %arg125: tensor<3x3x32x32xf32> {tf.aliasing_output = 103 : i32}, %arg126: tensor<32xf32> {tf.aliasing_output = 104 : i32}, %arg127: tensor<32xf32> {tf.aliasing_output = 105 : i32}, %arg128: tensor<32xf32> {tf.aliasing_output = 106 : i32}, %arg129: tensor<3x3x32x32xf32> {tf.aliasing_output = 107 : i32}, %arg130: tensor<32xf32> {tf.aliasing_output = 108 : i32}, %arg131: tensor<32xf32> {tf.aliasing_output = 109 : i32}, %arg132: tensor<32xf32> {tf.aliasing_output = 110 : i32}, %arg133: tensor<3x3x32x32xf32> {tf.aliasing_output = 111 : i32}, %arg134: tensor<32xf32> {tf.aliasing_output = 112 : i32}, %arg135: tensor<32xf32> {tf.aliasing_output = 113 : i32}, %arg136: tensor<32xf32> {tf.aliasing_output = 114 : i32}, %arg137: tensor<3x3x32x32xf32> {tf.aliasing_output = 115 : i32}, %arg138: tensor<32xf32> {tf.aliasing_output = 116 : i32}, %arg139: tensor<32xf32> {tf.aliasing_output = 117 : i32}, %arg140: tensor<32xf32> {tf.aliasing_output = 118 : i32}, %arg141: tensor<3x3x32x3xf32> {tf.aliasing_output = 119 : i32}, %arg142: tensor<3xf32> {tf.aliasing_output = 120 : i32}, %arg143: tensor<i32> {tf.aliasing_output = 121 : i32}, %arg144: tensor<3x3x3x32xf32> {tf.aliasing_output = 122 : i32}, %arg145: tensor<32xf32> {tf.aliasing_output = 123 : i32}, %arg146: tensor<32xf32> {tf.aliasing_output = 124 : i32}, %arg147: tensor<32xf32> {tf.aliasing_output = 125 : i32}, %arg148: tensor<3x3x32x32xf32> {tf.aliasing_output = 126 : i32}, %arg149: tensor<32xf32> {tf.aliasing_output = 127 : i32}, %arg150: tensor<32xf32> {tf.aliasing_output = 128 : i32}, %arg151: tensor<32xf32> {tf.aliasing_output = 129 : i32}, %arg152: tensor<3x3x32x32xf32> {tf.aliasing_output = 130 : i32}, %arg153: tensor<32xf32> {tf.aliasing_output = 131 : i32}, %arg154: tensor<3x3x32x32xf32> {tf.aliasing_output = 132 : i32}, %arg155: tensor<32xf32> {tf.aliasing_output = 133 : i32}, %arg156: tensor<32xf32> {tf.aliasing_output = 134 : i32}, %arg157: tensor<32xf32> {tf.aliasing_output = 135 : i32}, %arg158: tensor<3x3x32x32xf32> {tf.aliasing_output = 136 : i32}, %arg159: tensor<32xf32> {tf.aliasing_output = 137 : i32}, %arg160: tensor<32xf32> {tf.aliasing_output = 138 : i32}, %arg161: tensor<32xf32> {tf.aliasing_output = 139 : i32}, %arg162: tensor<3x3x32x32xf32> {tf.aliasing_output = 140 : i32}, %arg163: tensor<32xf32> {tf.aliasing_output = 141 : i32}, %arg164: tensor<32xf32> {tf.aliasing_output = 142 : i32}, %arg165: tensor<32xf32> {tf.aliasing_output = 143 : i32}, %arg166: tensor<3x3x32x32xf32> {tf.aliasing_output = 144 : i32}, %arg167: tensor<32xf32> {tf.aliasing_output = 145 : i32}, %arg168: tensor<32xf32> {tf.aliasing_output = 146 : i32}, %arg169: tensor<32xf32> {tf.aliasing_output = 147 : i32}, %arg170: tensor<3x3x32x32xf32> {tf.aliasing_output = 148 : i32}, %arg171: tensor<32xf32> {tf.aliasing_output = 149 : i32}, %arg172: tensor<32xf32> {tf.aliasing_output = 150 : i32}, %arg173: tensor<32xf32> {tf.aliasing_output = 151 : i32}, %arg174: tensor<1x1x32x32xf32> {tf.aliasing_output = 152 : i32}, %arg175: tensor<32xf32> {tf.aliasing_output = 153 : i32}, %arg176: tensor<1x1x32x32xf32> {tf.aliasing_output = 154 : i32}, %arg177: tensor<32xf32> {tf.aliasing_output = 155 : i32}, %arg178: tensor<1x1x32x32xf32> {tf.aliasing_output = 156 : i32}, %arg179: tensor<32xf32> {tf.aliasing_output = 157 : i32}, %arg180: tensor<1x1x32x32xf32> {tf.aliasing_output = 158 : i32}, %arg181: tensor<32xf32> {tf.aliasing_output = 159 : i32}, %arg182: tensor<32xf32> {tf.aliasing_output = 160 : i32}, %arg183: tensor<32xf32> {tf.aliasing_output = 161 : i32}, %arg184: tensor<3x3x32x32xf32> {tf.aliasing_output = 162 : i32}, %arg185: tensor<32xf32> {tf.aliasing_output = 163 : i32}, %arg186: tensor<32xf32> {tf.aliasing_output = 164 : i32}, %arg187: tensor<32xf32> {tf.aliasing_output = 165 : i32}, %arg188: tensor<3x3x32x32xf32> {tf.aliasing_output = 166 : i32}, %arg189: tensor<32xf32> {tf.aliasing_output = 167 : i32}, %arg190: tensor<32xf32> {tf.aliasing_output = 168 : i32}, %arg191: tensor<32xf32> {tf.aliasing_output = 169 : i32}, %arg192: tensor<3x3x32x16xf32> {tf.aliasing_output = 170 : i32}, %arg193: tensor<16xf32> {tf.aliasing_output = 171 : i32}, %arg194: tensor<1x1x16x16xf32> {tf.aliasing_output = 172 : i32}, %arg195: tensor<16xf32> {tf.aliasing_output = 173 : i32}, %arg196: tensor<32x16xf32> {tf.aliasing_output = 174 : i32}, %arg197: tensor<1x1x16x16xf32> {tf.aliasing_output = 175 : i32}, %arg198: tensor<16xf32> {tf.aliasing_output = 176 : i32}, %arg199: tensor<3x3x16x32xf32> {tf.aliasing_output = 177 : i32}, %arg200: tensor<32xf32> {tf.aliasing_output = 178 : i32}, %arg201: tensor<32xf32> {tf.aliasing_output = 179 : i32}, %arg202: tensor<32xf32> {tf.aliasing_output = 180 : i32}, %arg203: tensor<3x3x32x32xf32> {tf.aliasing_output = 181 : i32}, %arg204: tensor<32xf32> {tf.aliasing_output = 182 : i32}, %arg205: tensor<32xf32> {tf.aliasing_output = 183 : i32}, %arg206: tensor<32xf32> {tf.aliasing_output = 184 : i32}, %arg207: tensor<3x3x32x32xf32> {tf.aliasing_output = 185 : i32}, %arg208: tensor<32xf32> {tf.aliasing_output = 186 : i32}, %arg209: tensor<32xf32> {tf.aliasing_output = 187 : i32}, %arg210: tensor<32xf32> {tf.aliasing_output = 188 : i32}, %arg211: tensor<1x1x32x32xf32> {tf.aliasing_output = 189 : i32}, %arg212: tensor<32xf32> {tf.aliasing_output = 190 : i32}, %arg213: tensor<1x1x32x32xf32> {tf.aliasing_output = 191 : i32}, %arg214: tensor<32xf32> {tf.aliasing_output = 192 : i32}, %arg215: tensor<1x1x32x32xf32> {tf.aliasing_output = 193 : i32}, %arg216: tensor<32xf32> {tf.aliasing_output = 194 : i32}, %arg217: tensor<1x1x32x32xf32> {tf.aliasing_output = 195 : i32}, %arg218: tensor<32xf32> {tf.aliasing_output = 196 : i32}, %arg219: tensor<32xf32> {tf.aliasing_output = 197 : i32}, %arg220: tensor<32xf32> {tf.aliasing_output = 198 : i32}, %arg221: tensor<3x3x32x32xf32> {tf.aliasing_output = 199 : i32}, %arg222: tensor<32xf32> {tf.aliasing_output = 200 : i32}, %arg223: tensor<32xf32> {tf.aliasing_output = 201 : i32}, %arg224: tensor<32xf32> {tf.aliasing_output = 202 : i32}, %arg225: tensor<3x3x32x32xf32> {tf.aliasing_output = 203 : i32}, %arg226: tensor<32xf32> {tf.aliasing_output = 204 : i32}, %arg227: tensor<32xf32> {tf.aliasing_output = 205 : i32}, %arg228: tensor<32xf32> {tf.aliasing_output = 206 : i32}, %arg229: tensor<3x3x32x32xf32> {tf.aliasing_output = 207 : i32}, %arg230: tensor<32xf32> {tf.aliasing_output = 208 : i32}, %arg231: tensor<32xf32> {tf.aliasing_output = 209 : i32}, %arg232: tensor<32xf32> {tf.aliasing_output = 210 : i32}, %arg233: tensor<3x3x32x32xf32> {tf.aliasing_output = 211 : i32}, %arg234: tensor<32xf32> {tf.aliasing_output = 212 : i32}, %arg235: tensor<32xf32> {tf.aliasing_output = 213 : i32}, %arg236: tensor<32xf32> {tf.aliasing_output = 214 : i32}, %arg237: tensor<3x3x32x32xf32> {tf.aliasing_output = 215 : i32}, %arg238: tensor<32xf32> {tf.aliasing_output = 216 : i32}, %arg239: tensor<32xf32> {tf.aliasing_output = 217 : i32}, %arg240: tensor<32xf32> {tf.aliasing_output = 218 : i32}, %arg241: tensor<3x3x32x32xf32> {tf.aliasing_output = 219 : i32}, %arg242: tensor<32xf32> {tf.aliasing_output = 220 : i32}, %arg243: tensor<3x3x32x32xf32> {tf.aliasing_output = 221 : i32}, %arg244: tensor<32xf32> {tf.aliasing_output = 222 : i32}, %arg245: tensor<32xf32> {tf.aliasing_output = 223 : i32}, %arg246: tensor<32xf32> {tf.aliasing_output = 224 : i32}, %arg247: tensor<3x3x32x32xf32> {tf.aliasing_output = 225 : i32}, %arg248: tensor<32xf32> {tf.aliasing_output = 226 : i32}, %arg249: tensor<32xf32> {tf.aliasing_output = 227 : i32}, %arg250: tensor<32xf32> {tf.aliasing_output = 228 : i32}, %arg251: tensor<3x3x32x32xf32> {tf.aliasing_output = 229 : i32}, %arg252: tensor<32xf32> {tf.aliasing_output = 230 : i32}, %arg253: tensor<32xf32> {tf.aliasing_output = 231 : i32}, %arg254: tensor<32xf32> {tf.aliasing_output = 232 : i32}, %arg255: tensor<3x3x32x32xf32> {tf.aliasing_output = 233 : i32}, %arg256: tensor<32xf32> {tf.aliasing_output = 234 : i32}, %arg257: tensor<32xf32> {tf.aliasing_output = 235 : i32}, %arg258: tensor<32xf32> {tf.aliasing_output = 236 : i32}, %arg259: tensor<3x3x32x32xf32> {tf.aliasing_output = 237 : i32}, %arg260: tensor<32xf32> {tf.aliasing_output = 238 : i32}, %arg261: tensor<32xf32> {tf.aliasing_output = 239 : i32}, %arg262: tensor<32xf32> {tf.aliasing_output = 240 : i32}, %arg263: tensor<3x3x32x3xf32> {tf.aliasing_output = 241 : i32}, %arg264: tensor<3xf32> {tf.aliasing_output = 242 : i32}, %arg265: tensor<3x3x3x32xf32> {tf.aliasing_output = 243 : i32}, %arg266: tensor<32xf32> {tf.aliasing_output = 244 : i32}, %arg267: tensor<32xf32> {tf.aliasing_output = 245 : i32}, %arg268: tensor<32xf32> {tf.aliasing_output = 246 : i32}, %arg269: tensor<3x3x32x32xf32> {tf.aliasing_output = 247 : i32}, %arg270: tensor<32xf32> {tf.aliasing_output = 248 : i32}, %arg271: tensor<32xf32> {tf.aliasing_output = 249 : i32}, %arg272: tensor<32xf32> {tf.aliasing_output = 250 : i32}, %arg273: tensor<3x3x32x32xf32> {tf.aliasing_output = 251 : i32}, %arg274: tensor<32xf32> {tf.aliasing_output = 252 : i32}, %arg275: tensor<3x3x32x32xf32> {tf.aliasing_output = 253 : i32}, %arg276: tensor<32xf32> {tf.aliasing_output = 254 : i32}, %arg277: tensor<32xf32> {tf.aliasing_output = 255 : i32}, %arg278: tensor<32xf32> {tf.aliasing_output = 256 : i32}, %arg279: tensor<3x3x32x32xf32> {tf.aliasing_output = 257 : i32}, %arg280: tensor<32xf32> {tf.aliasing_output = 258 : i32}, %arg281: tensor<32xf32> {tf.aliasing_output = 259 : i32}, %arg282: tensor<32xf32> {tf.aliasing_output = 260 : i32}, %arg283: tensor<3x3x32x32xf32> {tf.aliasing_output = 261 : i32}, %arg284: tensor<32xf32> {tf.aliasing_output = 262 : i32}, %arg285: tensor<32xf32> {tf.aliasing_output = 263 : i32}, %arg286: tensor<32xf32> {tf.aliasing_output = 264 : i32}, %arg287: tensor<3x3x32x32xf32> {tf.aliasing_output = 265 : i32}, %arg288: tensor<32xf32> {tf.aliasing_output = 266 : i32}, %arg289: tensor<32xf32> {tf.aliasing_output = 267 : i32}, %arg290: tensor<32xf32> {tf.aliasing_output = 268 : i32}, %arg291: tensor<3x3x32x32xf32> {tf.aliasing_output = 269 : i32}, %arg292: tensor<32xf32> {tf.aliasing_output = 270 : i32}, %arg293: tensor<32xf32> {tf.aliasing_output = 271 : i32}, %arg294: tensor<32xf32> {tf.aliasing_output = 272 : i32}, %arg295: tensor<1x1x32x32xf32> {tf.aliasing_output = 273 : i32}, %arg296: tensor<32xf32> {tf.aliasing_output = 274 : i32}, %arg297: tensor<1x1x32x32xf32> {tf.aliasing_output = 275 : i32}, %arg298: tensor<32xf32> {tf.aliasing_output = 276 : i32}, %arg299: tensor<1x1x32x32xf32> {tf.aliasing_output = 277 : i32}, %arg300: tensor<32xf32> {tf.aliasing_output = 278 : i32}, %arg301: tensor<1x1x32x32xf32> {tf.aliasing_output = 279 : i32}, %arg302: tensor<32xf32> {tf.aliasing_output = 280 : i32}, %arg303: tensor<32xf32> {tf.aliasing_output = 281 : i32}, %arg304: tensor<32xf32> {tf.aliasing_output = 282 : i32}, %arg305: tensor<3x3x32x32xf32> {tf.aliasing_output = 283 : i32}, %arg306: tensor<32xf32> {tf.aliasing_output = 284 : i32}, %arg307: tensor<32xf32> {tf.aliasing_output = 285 : i32}, %arg308: tensor<32xf32> {tf.aliasing_output = 286 : i32}, %arg309: tensor<3x3x32x32xf32> {tf.aliasing_output = 287 : i32}, %arg310: tensor<32xf32> {tf.aliasing_output = 288 : i32}, %arg311: tensor<32xf32> {tf.aliasing_output = 289 : i32}, %arg312: tensor<32xf32> {tf.aliasing_output = 290 : i32}, %arg313: tensor<3x3x32x16xf32> {tf.aliasing_output = 291 : i32}, %arg314: tensor<16xf32> {tf.aliasing_output = 292 : i32}, %arg315: tensor<1x1x16x16xf32> {tf.aliasing_output = 293 : i32}, %arg316: tensor<16xf32> {tf.aliasing_output = 294 : i32}, %arg317: tensor<32x16xf32> {tf.aliasing_output = 295 : i32}, %arg318: tensor<1x1x16x16xf32> {tf.aliasing_output = 296 : i32}, %arg319: tensor<16xf32> {tf.aliasing_output = 297 : i32}, %arg320: tensor<3x3x16x32xf32> {tf.aliasing_output = 298 : i32}, %arg321: tensor<32xf32> {tf.aliasing_output = 299 : i32}, %arg322: tensor<32xf32> {tf.aliasing_output = 300 : i32}, %arg323: tensor<32xf32> {tf.aliasing_output = 301 : i32}, %arg324: tensor<3x3x32x32xf32> {tf.aliasing_output = 302 : i32}, %arg325: tensor<32xf32> {tf.aliasing_output = 303 : i32}, %arg326: tensor<32xf32> {tf.aliasing_output = 304 : i32}, %arg327: tensor<32xf32> {tf.aliasing_output = 305 : i32}, %arg328: tensor<3x3x32x32xf32> {tf.aliasing_output = 306 : i32}, %arg329: tensor<32xf32> {tf.aliasing_output = 307 : i32}, %arg330: tensor<32xf32> {tf.aliasing_output = 308 : i32}, %arg331: tensor<32xf32> {tf.aliasing_output = 309 : i32}, %arg332: tensor<1x1x32x32xf32> {tf.aliasing_output = 310 : i32}, %arg333: tensor<32xf32> {tf.aliasing_output = 311 : i32}, %arg334: tensor<1x1x32x32xf32> {tf.aliasing_output = 312 : i32}, %arg335: tensor<32xf32> {tf.aliasing_output = 313 : i32}, %arg336: tensor<1x1x32x32xf32> {tf.aliasing_output = 314 : i32}, %arg337: tensor<32xf32> {tf.aliasing_output = 315 : i32}, %arg338: tensor<1x1x32x32xf32> {tf.aliasing_output = 316 : i32}, %arg339: tensor<32xf32> {tf.aliasing_output = 317 : i32}, %arg340: tensor<32xf32> {tf.aliasing_output = 318 : i32}, %arg341: tensor<32xf32> {tf.aliasing_output = 319 : i32}, %arg342: tensor<3x3x32x32xf32> {tf.aliasing_output = 320 : i32}, %arg343: tensor<32xf32> {tf.aliasing_output = 321 : i32}, %arg344: tensor<32xf32> {tf.aliasing_output = 322 : i32}, %arg345: tensor<32xf32> {tf.aliasing_output = 323 : i32}, %arg346: tensor<3x3x32x32xf32> {tf.aliasing_output = 324 : i32}, %arg347: tensor<32xf32> {tf.aliasing_output = 325 : i32}, %arg348: tensor<32xf32> {tf.aliasing_output = 326 : i32}, %arg349: tensor<32xf32> {tf.aliasing_output = 327 : i32}, %arg350: tensor<3x3x32x32xf32> {tf.aliasing_output = 328 : i32}, %arg351: tensor<32xf32> {tf.aliasing_output = 329 : i32}, %arg352: tensor<32xf32> {tf.aliasing_output = 330 : i32}, %arg353: tensor<32xf32> {tf.aliasing_output = 331 : i32}, %arg354: tensor<3x3x32x32xf32> {tf.aliasing_output = 332 : i32}, %arg355: tensor<32xf32> {tf.aliasing_output = 333 : i32}, %arg356: tensor<32xf32> {tf.aliasing_output = 334 : i32}, %arg357: tensor<32xf32> {tf.aliasing_output = 335 : i32}, %arg358: tensor<3x3x32x32xf32> {tf.aliasing_output = 336 : i32}, %arg359: tensor<32xf32> {tf.aliasing_output = 337 : i32}, %arg360: tensor<32xf32> {tf.aliasing_output = 338 : i32}, %arg361: tensor<32xf32> {tf.aliasing_output = 339 : i32}, %arg362: tensor<3x3x32x32xf32> {tf.aliasing_output = 340 : i32}, %arg363: tensor<32xf32> {tf.aliasing_output = 341 : i32}, %arg364: tensor<3x3x32x32xf32> {tf.aliasing_output = 342 : i32}, %arg365: tensor<32xf32> {tf.aliasing_output = 343 : i32}, %arg366: tensor<32xf32> {tf.aliasing_output = 344 : i32}, %arg367: tensor<32xf32> {tf.aliasing_output = 345 : i32}, %arg368: tensor<3x3x32x32xf32> {tf.aliasing_output = 346 : i32}, %arg369: tensor<32xf32> {tf.aliasing_output = 347 : i32}, %arg370: tensor<32xf32> {tf.aliasing_output = 348 : i32}, %arg371: tensor<32xf32> {tf.aliasing_output = 349 : i32}, %arg372: tensor<3x3x32x32xf32> {tf.aliasing_output = 350 : i32}, %arg373: tensor<32xf32> {tf.aliasing_output = 351 : i32}, %arg374: tensor<32xf32> {tf.aliasing_output = 352 : i32}, %arg375: tensor<32xf32> {tf.aliasing_output = 353 : i32}, %arg376: tensor<3x3x32x32xf32> {tf.aliasing_output = 354 : i32}, %arg377: tensor<32xf32> {tf.aliasing_output = 355 : i32}, %arg378: tensor<32xf32> {tf.aliasing_output = 356 : i32}, %arg379: tensor<32xf32> {tf.aliasing_output = 357 : i32}, %arg380: tensor<3x3x32x32xf32> {tf.aliasing_output = 358 : i32}, %arg381: tensor<32xf32> {tf.aliasing_output = 359 : i32}, %arg382: tensor<32xf32> {tf.aliasing_output = 360 : i32}, %arg383: tensor<32xf32> {tf.aliasing_output = 361 : i32}, %arg384: tensor<3x3x32x3xf32> {tf.aliasing_output = 362 : i32}, %arg385: tensor<3xf32> {tf.aliasing_output = 363 : i32}) -> (tensor<3x3x3x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<1x1x32x32xf32>, tensor<32xf32>, tensor<1x1x32x32xf32>, tensor<32xf32>, tensor<1x1x32x32xf32>, tensor<32xf32>, tensor<1x1x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x16xf32>, tensor<16xf32>, tensor<1x1x16x16xf32>, tensor<16xf32>, tensor<32x16xf32>, tensor<1x1x16x16xf32>, tensor<16xf32>, tensor<3x3x16x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<1x1x32x32xf32>, tensor<32xf32>, tensor<1x1x32x32xf32>, tensor<32xf32>, tensor<1x1x32x32xf32>, tensor<32xf32>, tensor<1x1x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x3xf32>, tensor<3xf32>, tensor<i32>, tensor<3x3x3x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<1x1x32x32xf32>, tensor<32xf32>, tensor<1x1x32x32xf32>, tensor<32xf32>, tensor<1x1x32x32xf32>, tensor<32xf32>, tensor<1x1x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x16xf32>, tensor<16xf32>, tensor<1x1x16x16xf32>, tensor<16xf32>, tensor<32x16xf32>, tensor<1x1x16x16xf32>, tensor<16xf32>, tensor<3x3x16x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<1x1x32x32xf32>, tensor<32xf32>, tensor<1x1x32x32xf32>, tensor<32xf32>, tensor<1x1x32x32xf32>, tensor<32xf32>, tensor<1x1x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x3xf32>, tensor<3xf32>, tensor<3x3x3x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<1x1x32x32xf32>, tensor<32xf32>, tensor<1x1x32x32xf32>, tensor<32xf32>, tensor<1x1x32x32xf32>, tensor<32xf32>, tensor<1x1x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x16xf32>, tensor<16xf32>, tensor<1x1x16x16xf32>, tensor<16xf32>, tensor<32x16xf32>, tensor<1x1x16x16xf32>, tensor<16xf32>, tensor<3x3x16x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<1x1x32x32xf32>, tensor<32xf32>, tensor<1x1x32x32xf32>, tensor<32xf32>, tensor<1x1x32x32xf32>, tensor<32xf32>, tensor<1x1x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x3xf32>, tensor<3xf32>, tensor<15xf32>) {
    %0 = "stablehlo.convolution"(%arg0, %arg22) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x16x16x3xf32>, tensor<3x3x3x32xf32>) -> tensor<4x16x16x32xf32>
    %1 = "stablehlo.broadcast_in_dim"(%arg23) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
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
    %28 = "stablehlo.broadcast_in_dim"(%arg24) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
    %29 = "stablehlo.multiply"(%27, %28) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %30 = "stablehlo.broadcast_in_dim"(%arg25) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
    %31 = "stablehlo.add"(%29, %30) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %32 = "stablehlo.logistic"(%31) : (tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %33 = "stablehlo.multiply"(%31, %32) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %34 = "stablehlo.convolution"(%33, %arg26) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x16x16x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x16x16x32xf32>
    %35 = "stablehlo.broadcast_in_dim"(%arg27) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
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
    %60 = "stablehlo.broadcast_in_dim"(%arg28) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
    %61 = "stablehlo.multiply"(%59, %60) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %62 = "stablehlo.broadcast_in_dim"(%arg29) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
    %63 = "stablehlo.add"(%61, %62) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %64 = "stablehlo.logistic"(%63) : (tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %65 = "stablehlo.multiply"(%63, %64) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %66 = "stablehlo.convolution"(%65, %arg30) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x16x16x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x16x16x32xf32>
    %67 = "stablehlo.broadcast_in_dim"(%arg31) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
    %68 = "stablehlo.add"(%66, %67) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %69 = "stablehlo.add"(%2, %68) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %70 = "stablehlo.convolution"(%69, %arg32) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 1], [0, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 2, 2>} : (tensor<4x16x16x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x8x8x32xf32>
    %71 = "stablehlo.broadcast_in_dim"(%arg33) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
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
    %97 = "stablehlo.broadcast_in_dim"(%arg34) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %98 = "stablehlo.multiply"(%96, %97) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %99 = "stablehlo.broadcast_in_dim"(%arg35) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %100 = "stablehlo.add"(%98, %99) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %101 = "stablehlo.logistic"(%100) : (tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %102 = "stablehlo.multiply"(%100, %101) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %103 = "stablehlo.convolution"(%102, %arg36) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x8x8x32xf32>
    %104 = "stablehlo.broadcast_in_dim"(%arg37) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
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
    %129 = "stablehlo.broadcast_in_dim"(%arg38) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %130 = "stablehlo.multiply"(%128, %129) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %131 = "stablehlo.broadcast_in_dim"(%arg39) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %132 = "stablehlo.add"(%130, %131) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %133 = "stablehlo.logistic"(%132) : (tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %134 = "stablehlo.multiply"(%132, %133) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %135 = "stablehlo.convolution"(%134, %arg40) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x8x8x32xf32>
    %136 = "stablehlo.broadcast_in_dim"(%arg41) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
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
    %162 = "stablehlo.broadcast_in_dim"(%arg42) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %163 = "stablehlo.multiply"(%161, %162) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %164 = "stablehlo.broadcast_in_dim"(%arg43) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %165 = "stablehlo.add"(%163, %164) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %166 = "stablehlo.logistic"(%165) : (tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %167 = "stablehlo.multiply"(%165, %166) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %168 = "stablehlo.convolution"(%167, %arg44) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x8x8x32xf32>
    %169 = "stablehlo.broadcast_in_dim"(%arg45) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
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
    %194 = "stablehlo.broadcast_in_dim"(%arg46) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %195 = "stablehlo.multiply"(%193, %194) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %196 = "stablehlo.broadcast_in_dim"(%arg47) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %197 = "stablehlo.add"(%195, %196) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %198 = "stablehlo.logistic"(%197) : (tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %199 = "stablehlo.multiply"(%197, %198) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %200 = "stablehlo.convolution"(%199, %arg48) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x8x8x32xf32>
    %201 = "stablehlo.broadcast_in_dim"(%arg49) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
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
    %227 = "stablehlo.broadcast_in_dim"(%arg50) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %228 = "stablehlo.multiply"(%226, %227) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %229 = "stablehlo.broadcast_in_dim"(%arg51) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %230 = "stablehlo.add"(%228, %229) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %231 = "stablehlo.convolution"(%230, %arg52) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<1x1x32x32xf32>) -> tensor<4x8x8x32xf32>
    %232 = "stablehlo.broadcast_in_dim"(%arg53) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %233 = "stablehlo.add"(%231, %232) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %234 = "stablehlo.reshape"(%233) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32xf32>
    %235 = "stablehlo.convolution"(%230, %arg54) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<1x1x32x32xf32>) -> tensor<4x8x8x32xf32>
    %236 = "stablehlo.broadcast_in_dim"(%arg55) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %237 = "stablehlo.add"(%235, %236) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %238 = "stablehlo.reshape"(%237) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32xf32>
    %239 = "stablehlo.convolution"(%230, %arg56) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<1x1x32x32xf32>) -> tensor<4x8x8x32xf32>
    %240 = "stablehlo.broadcast_in_dim"(%arg57) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
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
    %265 = "stablehlo.convolution"(%264, %arg58) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<1x1x32x32xf32>) -> tensor<4x8x8x32xf32>
    %266 = "stablehlo.broadcast_in_dim"(%arg59) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
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
    %292 = "stablehlo.broadcast_in_dim"(%arg60) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %293 = "stablehlo.multiply"(%291, %292) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %294 = "stablehlo.broadcast_in_dim"(%arg61) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %295 = "stablehlo.add"(%293, %294) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %296 = "stablehlo.logistic"(%295) : (tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %297 = "stablehlo.multiply"(%295, %296) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %298 = "stablehlo.convolution"(%297, %arg62) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x8x8x32xf32>
    %299 = "stablehlo.broadcast_in_dim"(%arg63) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
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
    %324 = "stablehlo.broadcast_in_dim"(%arg64) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %325 = "stablehlo.multiply"(%323, %324) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %326 = "stablehlo.broadcast_in_dim"(%arg65) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %327 = "stablehlo.add"(%325, %326) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %328 = "stablehlo.logistic"(%327) : (tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %329 = "stablehlo.multiply"(%327, %328) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %330 = "stablehlo.convolution"(%329, %arg66) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x8x8x32xf32>
    %331 = "stablehlo.broadcast_in_dim"(%arg67) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
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
    %357 = "stablehlo.broadcast_in_dim"(%arg68) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %358 = "stablehlo.multiply"(%356, %357) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %359 = "stablehlo.broadcast_in_dim"(%arg69) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %360 = "stablehlo.add"(%358, %359) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %361 = "stablehlo.logistic"(%360) : (tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %362 = "stablehlo.multiply"(%360, %361) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %363 = "stablehlo.convolution"(%362, %arg70) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x16xf32>) -> tensor<4x8x8x16xf32>
    %364 = "stablehlo.broadcast_in_dim"(%arg71) {broadcast_dimensions = array<i64: 3>} : (tensor<16xf32>) -> tensor<4x8x8x16xf32>
    %365 = "stablehlo.add"(%363, %364) : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %366 = "stablehlo.convolution"(%365, %arg72) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x16xf32>, tensor<1x1x16x16xf32>) -> tensor<4x8x8x16xf32>
    %367 = "stablehlo.broadcast_in_dim"(%arg73) {broadcast_dimensions = array<i64: 3>} : (tensor<16xf32>) -> tensor<4x8x8x16xf32>
    %368 = "stablehlo.add"(%366, %367) : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %369 = "stablehlo.reshape"(%368) : (tensor<4x8x8x16xf32>) -> tensor<256x16xf32>
    %370 = "stablehlo.dot_general"(%369, %arg74) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<256x16xf32>, tensor<32x16xf32>) -> tensor<256x32xf32>
    %371 = "stablehlo.multiply"(%369, %369) : (tensor<256x16xf32>, tensor<256x16xf32>) -> tensor<256x16xf32>
    %372 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %373 = "stablehlo.reduce"(%371, %372) ({
    ^bb0(%374: tensor<f32>, %375: tensor<f32>):
        %376 = "stablehlo.add"(%374, %375) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%376) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<256x16xf32>, tensor<f32>) -> tensor<256xf32>
    %377 = "stablehlo.reshape"(%373) : (tensor<256xf32>) -> tensor<256x1xf32>
    %378 = "stablehlo.multiply"(%arg74, %arg74) : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x16xf32>
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
    %406 = "stablehlo.gather"(%arg74, %402) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 16>} : (tensor<32x16xf32>, tensor<256xi32>) -> tensor<256x16xf32>
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
    %461 = "stablehlo.convolution"(%429, %arg75) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x16xf32>, tensor<1x1x16x16xf32>) -> tensor<4x8x8x16xf32>
    %462 = "stablehlo.broadcast_in_dim"(%arg76) {broadcast_dimensions = array<i64: 3>} : (tensor<16xf32>) -> tensor<4x8x8x16xf32>
    %463 = "stablehlo.add"(%461, %462) : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %464 = "stablehlo.convolution"(%463, %arg77) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x16xf32>, tensor<3x3x16x32xf32>) -> tensor<4x8x8x32xf32>
    %465 = "stablehlo.broadcast_in_dim"(%arg78) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
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
    %490 = "stablehlo.broadcast_in_dim"(%arg79) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %491 = "stablehlo.multiply"(%489, %490) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %492 = "stablehlo.broadcast_in_dim"(%arg80) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %493 = "stablehlo.add"(%491, %492) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %494 = "stablehlo.logistic"(%493) : (tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %495 = "stablehlo.multiply"(%493, %494) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %496 = "stablehlo.convolution"(%495, %arg81) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x8x8x32xf32>
    %497 = "stablehlo.broadcast_in_dim"(%arg82) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
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
    %522 = "stablehlo.broadcast_in_dim"(%arg83) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %523 = "stablehlo.multiply"(%521, %522) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %524 = "stablehlo.broadcast_in_dim"(%arg84) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %525 = "stablehlo.add"(%523, %524) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %526 = "stablehlo.logistic"(%525) : (tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %527 = "stablehlo.multiply"(%525, %526) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %528 = "stablehlo.convolution"(%527, %arg85) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x8x8x32xf32>
    %529 = "stablehlo.broadcast_in_dim"(%arg86) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
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
    %555 = "stablehlo.broadcast_in_dim"(%arg87) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %556 = "stablehlo.multiply"(%554, %555) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %557 = "stablehlo.broadcast_in_dim"(%arg88) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %558 = "stablehlo.add"(%556, %557) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %559 = "stablehlo.convolution"(%558, %arg89) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<1x1x32x32xf32>) -> tensor<4x8x8x32xf32>
    %560 = "stablehlo.broadcast_in_dim"(%arg90) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %561 = "stablehlo.add"(%559, %560) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %562 = "stablehlo.reshape"(%561) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32xf32>
    %563 = "stablehlo.convolution"(%558, %arg91) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<1x1x32x32xf32>) -> tensor<4x8x8x32xf32>
    %564 = "stablehlo.broadcast_in_dim"(%arg92) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %565 = "stablehlo.add"(%563, %564) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %566 = "stablehlo.reshape"(%565) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32xf32>
    %567 = "stablehlo.convolution"(%558, %arg93) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<1x1x32x32xf32>) -> tensor<4x8x8x32xf32>
    %568 = "stablehlo.broadcast_in_dim"(%arg94) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
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
    %592 = "stablehlo.convolution"(%591, %arg95) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<1x1x32x32xf32>) -> tensor<4x8x8x32xf32>
    %593 = "stablehlo.broadcast_in_dim"(%arg96) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
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
    %619 = "stablehlo.broadcast_in_dim"(%arg97) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %620 = "stablehlo.multiply"(%618, %619) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %621 = "stablehlo.broadcast_in_dim"(%arg98) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %622 = "stablehlo.add"(%620, %621) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %623 = "stablehlo.logistic"(%622) : (tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %624 = "stablehlo.multiply"(%622, %623) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %625 = "stablehlo.convolution"(%624, %arg99) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x8x8x32xf32>
    %626 = "stablehlo.broadcast_in_dim"(%arg100) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
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
    %651 = "stablehlo.broadcast_in_dim"(%arg101) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %652 = "stablehlo.multiply"(%650, %651) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %653 = "stablehlo.broadcast_in_dim"(%arg102) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %654 = "stablehlo.add"(%652, %653) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %655 = "stablehlo.logistic"(%654) : (tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %656 = "stablehlo.multiply"(%654, %655) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %657 = "stablehlo.convolution"(%656, %arg103) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x8x8x32xf32>
    %658 = "stablehlo.broadcast_in_dim"(%arg104) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
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
    %684 = "stablehlo.broadcast_in_dim"(%arg105) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %685 = "stablehlo.multiply"(%683, %684) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %686 = "stablehlo.broadcast_in_dim"(%arg106) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %687 = "stablehlo.add"(%685, %686) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %688 = "stablehlo.logistic"(%687) : (tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %689 = "stablehlo.multiply"(%687, %688) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %690 = "stablehlo.convolution"(%689, %arg107) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x8x8x32xf32>
    %691 = "stablehlo.broadcast_in_dim"(%arg108) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
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
    %716 = "stablehlo.broadcast_in_dim"(%arg109) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %717 = "stablehlo.multiply"(%715, %716) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %718 = "stablehlo.broadcast_in_dim"(%arg110) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %719 = "stablehlo.add"(%717, %718) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %720 = "stablehlo.logistic"(%719) : (tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %721 = "stablehlo.multiply"(%719, %720) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %722 = "stablehlo.convolution"(%721, %arg111) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x8x8x32xf32>
    %723 = "stablehlo.broadcast_in_dim"(%arg112) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
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
    %749 = "stablehlo.broadcast_in_dim"(%arg113) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %750 = "stablehlo.multiply"(%748, %749) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %751 = "stablehlo.broadcast_in_dim"(%arg114) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %752 = "stablehlo.add"(%750, %751) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %753 = "stablehlo.logistic"(%752) : (tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %754 = "stablehlo.multiply"(%752, %753) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %755 = "stablehlo.convolution"(%754, %arg115) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x8x8x32xf32>
    %756 = "stablehlo.broadcast_in_dim"(%arg116) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
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
    %781 = "stablehlo.broadcast_in_dim"(%arg117) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %782 = "stablehlo.multiply"(%780, %781) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %783 = "stablehlo.broadcast_in_dim"(%arg118) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %784 = "stablehlo.add"(%782, %783) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %785 = "stablehlo.logistic"(%784) : (tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %786 = "stablehlo.multiply"(%784, %785) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %787 = "stablehlo.convolution"(%786, %arg119) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x8x8x32xf32>
    %788 = "stablehlo.broadcast_in_dim"(%arg120) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %789 = "stablehlo.add"(%787, %788) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %790 = "stablehlo.add"(%725, %789) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %791 = "stablehlo.broadcast_in_dim"(%790) {broadcast_dimensions = array<i64: 0, 1, 3, 5>} : (tensor<4x8x8x32xf32>) -> tensor<4x8x2x8x2x32xf32>
    %792 = "stablehlo.reshape"(%791) : (tensor<4x8x2x8x2x32xf32>) -> tensor<4x16x16x32xf32>
    %793 = "stablehlo.convolution"(%792, %arg121) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x16x16x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x16x16x32xf32>
    %794 = "stablehlo.broadcast_in_dim"(%arg122) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
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
    %819 = "stablehlo.broadcast_in_dim"(%arg123) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
    %820 = "stablehlo.multiply"(%818, %819) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %821 = "stablehlo.broadcast_in_dim"(%arg124) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
    %822 = "stablehlo.add"(%820, %821) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %823 = "stablehlo.logistic"(%822) : (tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %824 = "stablehlo.multiply"(%822, %823) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %825 = "stablehlo.convolution"(%824, %arg125) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x16x16x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x16x16x32xf32>
    %826 = "stablehlo.broadcast_in_dim"(%arg126) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
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
    %851 = "stablehlo.broadcast_in_dim"(%arg127) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
    %852 = "stablehlo.multiply"(%850, %851) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %853 = "stablehlo.broadcast_in_dim"(%arg128) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
    %854 = "stablehlo.add"(%852, %853) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %855 = "stablehlo.logistic"(%854) : (tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %856 = "stablehlo.multiply"(%854, %855) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %857 = "stablehlo.convolution"(%856, %arg129) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x16x16x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x16x16x32xf32>
    %858 = "stablehlo.broadcast_in_dim"(%arg130) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
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
    %884 = "stablehlo.broadcast_in_dim"(%arg131) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
    %885 = "stablehlo.multiply"(%883, %884) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %886 = "stablehlo.broadcast_in_dim"(%arg132) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
    %887 = "stablehlo.add"(%885, %886) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %888 = "stablehlo.logistic"(%887) : (tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %889 = "stablehlo.multiply"(%887, %888) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %890 = "stablehlo.convolution"(%889, %arg133) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x16x16x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x16x16x32xf32>
    %891 = "stablehlo.broadcast_in_dim"(%arg134) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
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
    %916 = "stablehlo.broadcast_in_dim"(%arg135) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
    %917 = "stablehlo.multiply"(%915, %916) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %918 = "stablehlo.broadcast_in_dim"(%arg136) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
    %919 = "stablehlo.add"(%917, %918) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %920 = "stablehlo.logistic"(%919) : (tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %921 = "stablehlo.multiply"(%919, %920) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %922 = "stablehlo.convolution"(%921, %arg137) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x16x16x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x16x16x32xf32>
    %923 = "stablehlo.broadcast_in_dim"(%arg138) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
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
    %949 = "stablehlo.broadcast_in_dim"(%arg139) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
    %950 = "stablehlo.multiply"(%948, %949) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %951 = "stablehlo.broadcast_in_dim"(%arg140) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
    %952 = "stablehlo.add"(%950, %951) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %953 = "stablehlo.logistic"(%952) : (tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %954 = "stablehlo.multiply"(%952, %953) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %955 = "stablehlo.convolution"(%954, %arg141) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x16x16x32xf32>, tensor<3x3x32x3xf32>) -> tensor<4x16x16x3xf32>
    %956 = "stablehlo.broadcast_in_dim"(%arg142) {broadcast_dimensions = array<i64: 3>} : (tensor<3xf32>) -> tensor<4x16x16x3xf32>
    %957 = "stablehlo.add"(%955, %956) : (tensor<4x16x16x3xf32>, tensor<4x16x16x3xf32>) -> tensor<4x16x16x3xf32>
    %958 = "stablehlo.convolution"(%957, %arg2) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x16x16x3xf32>, tensor<1x1x3x8xf32>) -> tensor<4x16x16x8xf32>
    %959 = "stablehlo.broadcast_in_dim"(%arg3) {broadcast_dimensions = array<i64: 3>} : (tensor<8xf32>) -> tensor<4x16x16x8xf32>
    %960 = "stablehlo.add"(%958, %959) : (tensor<4x16x16x8xf32>, tensor<4x16x16x8xf32>) -> tensor<4x16x16x8xf32>
    %961 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %962 = "stablehlo.broadcast_in_dim"(%961) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x16x16x8xf32>
    %963 = "stablehlo.compare"(%960, %962) {comparison_direction = #stablehlo<comparison_direction GE>} : (tensor<4x16x16x8xf32>, tensor<4x16x16x8xf32>) -> tensor<4x16x16x8xi1>
    %964 = "stablehlo.constant"() {value = dense<0.01> : tensor<4x16x16x8xf32>} : () -> tensor<4x16x16x8xf32>
    %965 = "stablehlo.multiply"(%960, %964) : (tensor<4x16x16x8xf32>, tensor<4x16x16x8xf32>) -> tensor<4x16x16x8xf32>
    %966 = "stablehlo.select"(%963, %960, %965) : (tensor<4x16x16x8xi1>, tensor<4x16x16x8xf32>, tensor<4x16x16x8xf32>) -> tensor<4x16x16x8xf32>
    %967 = "stablehlo.convolution"(%966, %arg4) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x16x16x8xf32>, tensor<3x3x8x32xf32>) -> tensor<4x16x16x32xf32>
    %968 = "stablehlo.broadcast_in_dim"(%arg5) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
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
    %1002 = "stablehlo.convolution"(%1001, %arg6) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 2, 2>} : (tensor<4x17x17x32xf32>, tensor<3x3x32x16xf32>) -> tensor<4x8x8x16xf32>
    %1003 = "stablehlo.broadcast_in_dim"(%arg7) {broadcast_dimensions = array<i64: 3>} : (tensor<16xf32>) -> tensor<4x8x8x16xf32>
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
    %1037 = "stablehlo.convolution"(%1036, %arg8) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 2, 2>} : (tensor<4x15x15x8xf32>, tensor<1x1x8x16xf32>) -> tensor<4x8x8x16xf32>
    %1038 = "stablehlo.broadcast_in_dim"(%arg9) {broadcast_dimensions = array<i64: 3>} : (tensor<16xf32>) -> tensor<4x8x8x16xf32>
    %1039 = "stablehlo.add"(%1037, %1038) : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %1040 = "stablehlo.add"(%1009, %1039) : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %1041 = "stablehlo.constant"() {value = dense<0.70710677> : tensor<4x8x8x16xf32>} : () -> tensor<4x8x8x16xf32>
    %1042 = "stablehlo.multiply"(%1040, %1041) : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %1043 = "stablehlo.convolution"(%1042, %arg10) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x16xf32>, tensor<3x3x16x64xf32>) -> tensor<4x8x8x64xf32>
    %1044 = "stablehlo.broadcast_in_dim"(%arg11) {broadcast_dimensions = array<i64: 3>} : (tensor<64xf32>) -> tensor<4x8x8x64xf32>
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
    %1078 = "stablehlo.convolution"(%1077, %arg12) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 2, 2>} : (tensor<4x9x9x64xf32>, tensor<3x3x64x32xf32>) -> tensor<4x4x4x32xf32>
    %1079 = "stablehlo.broadcast_in_dim"(%arg13) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x4x4x32xf32>
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
    %1113 = "stablehlo.convolution"(%1112, %arg14) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 2, 2>} : (tensor<4x7x7x16xf32>, tensor<1x1x16x32xf32>) -> tensor<4x4x4x32xf32>
    %1114 = "stablehlo.broadcast_in_dim"(%arg15) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x4x4x32xf32>
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
    %1150 = "stablehlo.convolution"(%1149, %arg16) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x4x4x33xf32>, tensor<3x3x33x32xf32>) -> tensor<4x2x2x32xf32>
    %1151 = "stablehlo.broadcast_in_dim"(%arg17) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x2x2x32xf32>
    %1152 = "stablehlo.add"(%1150, %1151) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1153 = "stablehlo.broadcast_in_dim"(%961) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %1154 = "stablehlo.compare"(%1152, %1153) {comparison_direction = #stablehlo<comparison_direction GE>} : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xi1>
    %1155 = "stablehlo.constant"() {value = dense<0.01> : tensor<4x2x2x32xf32>} : () -> tensor<4x2x2x32xf32>
    %1156 = "stablehlo.multiply"(%1152, %1155) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1157 = "stablehlo.select"(%1154, %1152, %1156) : (tensor<4x2x2x32xi1>, tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1158 = "stablehlo.reshape"(%1157) : (tensor<4x2x2x32xf32>) -> tensor<4x128xf32>
    %1159 = "stablehlo.dot_general"(%1158, %arg18) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<4x128xf32>, tensor<128x64xf32>) -> tensor<4x64xf32>
    %1160 = "stablehlo.broadcast_in_dim"(%arg19) {broadcast_dimensions = array<i64: 1>} : (tensor<64xf32>) -> tensor<4x64xf32>
    %1161 = "stablehlo.add"(%1159, %1160) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1162 = "stablehlo.broadcast_in_dim"(%961) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x64xf32>
    %1163 = "stablehlo.compare"(%1161, %1162) {comparison_direction = #stablehlo<comparison_direction GE>} : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xi1>
    %1164 = "stablehlo.constant"() {value = dense<0.01> : tensor<4x64xf32>} : () -> tensor<4x64xf32>
    %1165 = "stablehlo.multiply"(%1161, %1164) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1166 = "stablehlo.select"(%1163, %1161, %1165) : (tensor<4x64xi1>, tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1167 = "stablehlo.dot_general"(%1166, %arg20) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<4x64xf32>, tensor<64x1xf32>) -> tensor<4x1xf32>
    %1168 = "stablehlo.broadcast_in_dim"(%arg21) {broadcast_dimensions = array<i64: 1>} : (tensor<1xf32>) -> tensor<4x1xf32>
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
    %1226 = "stablehlo.dot_general"(%1220, %arg20) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<4x1xf32>, tensor<64x1xf32>) -> tensor<4x64xf32>
    %1227 = "stablehlo.constant"() {value = dense<0.0> : tensor<4x64xf32>} : () -> tensor<4x64xf32>
    %1228 = "stablehlo.select"(%1163, %1226, %1227) : (tensor<4x64xi1>, tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1229 = "stablehlo.select"(%1163, %1227, %1226) : (tensor<4x64xi1>, tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1230 = "stablehlo.multiply"(%1229, %1164) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1231 = "stablehlo.add"(%1228, %1230) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1232 = "stablehlo.dot_general"(%1231, %arg18) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<4x64xf32>, tensor<128x64xf32>) -> tensor<4x128xf32>
    %1233 = "stablehlo.reshape"(%1232) : (tensor<4x128xf32>) -> tensor<4x2x2x32xf32>
    %1234 = "stablehlo.constant"() {value = dense<0.0> : tensor<4x2x2x32xf32>} : () -> tensor<4x2x2x32xf32>
    %1235 = "stablehlo.select"(%1154, %1233, %1234) : (tensor<4x2x2x32xi1>, tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1236 = "stablehlo.select"(%1154, %1234, %1233) : (tensor<4x2x2x32xi1>, tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1237 = "stablehlo.multiply"(%1236, %1155) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1238 = "stablehlo.add"(%1235, %1237) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1239 = "stablehlo.transpose"(%arg16) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x33x32xf32>) -> tensor<3x3x32x33xf32>
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
    %1273 = "stablehlo.transpose"(%arg14) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<1x1x16x32xf32>) -> tensor<1x1x32x16xf32>
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
    %1310 = "stablehlo.transpose"(%arg12) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x64x32xf32>) -> tensor<3x3x32x64xf32>
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
    %1349 = "stablehlo.transpose"(%arg10) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x16x64xf32>) -> tensor<3x3x64x16xf32>
    %1350 = "stablehlo.reverse"(%1349) {dimensions = array<i64: 0, 1>} : (tensor<3x3x64x16xf32>) -> tensor<3x3x64x16xf32>
    %1351 = "stablehlo.convolution"(%1348, %1350) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x64xf32>, tensor<3x3x64x16xf32>) -> tensor<4x8x8x16xf32>
    %1352 = "stablehlo.add"(%1304, %1351) : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %1353 = "stablehlo.multiply"(%1352, %1041) : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %1354 = "stablehlo.transpose"(%arg8) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<1x1x8x16xf32>) -> tensor<1x1x16x8xf32>
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
    %1391 = "stablehlo.transpose"(%arg6) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x32x16xf32>) -> tensor<3x3x16x32xf32>
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
    %1430 = "stablehlo.transpose"(%arg4) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x8x32xf32>) -> tensor<3x3x32x8xf32>
    %1431 = "stablehlo.reverse"(%1430) {dimensions = array<i64: 0, 1>} : (tensor<3x3x32x8xf32>) -> tensor<3x3x32x8xf32>
    %1432 = "stablehlo.convolution"(%1429, %1431) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x16x16x32xf32>, tensor<3x3x32x8xf32>) -> tensor<4x16x16x8xf32>
    %1433 = "stablehlo.add"(%1385, %1432) : (tensor<4x16x16x8xf32>, tensor<4x16x16x8xf32>) -> tensor<4x16x16x8xf32>
    %1434 = "stablehlo.constant"() {value = dense<0.0> : tensor<4x16x16x8xf32>} : () -> tensor<4x16x16x8xf32>
    %1435 = "stablehlo.select"(%963, %1433, %1434) : (tensor<4x16x16x8xi1>, tensor<4x16x16x8xf32>, tensor<4x16x16x8xf32>) -> tensor<4x16x16x8xf32>
    %1436 = "stablehlo.select"(%963, %1434, %1433) : (tensor<4x16x16x8xi1>, tensor<4x16x16x8xf32>, tensor<4x16x16x8xf32>) -> tensor<4x16x16x8xf32>
    %1437 = "stablehlo.multiply"(%1436, %964) : (tensor<4x16x16x8xf32>, tensor<4x16x16x8xf32>) -> tensor<4x16x16x8xf32>
    %1438 = "stablehlo.add"(%1435, %1437) : (tensor<4x16x16x8xf32>, tensor<4x16x16x8xf32>) -> tensor<4x16x16x8xf32>
    %1439 = "stablehlo.transpose"(%arg2) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<1x1x3x8xf32>) -> tensor<1x1x8x3xf32>
    %1440 = "stablehlo.reverse"(%1439) {dimensions = array<i64: 0, 1>} : (tensor<1x1x8x3xf32>) -> tensor<1x1x8x3xf32>
    %1441 = "stablehlo.convolution"(%1438, %1440) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x16x16x8xf32>, tensor<1x1x8x3xf32>) -> tensor<4x16x16x3xf32>
    %1442 = "stablehlo.add"(%1225, %1441) : (tensor<4x16x16x3xf32>, tensor<4x16x16x3xf32>) -> tensor<4x16x16x3xf32>
    %1443 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1444 = "stablehlo.reduce"(%1442, %1443) ({
    ^bb0(%1445: tensor<f32>, %1446: tensor<f32>):
        %1447 = "stablehlo.add"(%1445, %1446) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1447) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x16x16x3xf32>, tensor<f32>) -> tensor<3xf32>
    %1448 = "stablehlo.transpose"(%arg141) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x32x3xf32>) -> tensor<3x3x3x32xf32>
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
    %1510 = "stablehlo.transpose"(%arg137) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
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
    %1570 = "stablehlo.transpose"(%arg133) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
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
    %1631 = "stablehlo.transpose"(%arg129) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
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
    %1691 = "stablehlo.transpose"(%arg125) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
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
    %1752 = "stablehlo.transpose"(%arg121) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
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
    %1770 = "stablehlo.transpose"(%arg119) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
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
    %1831 = "stablehlo.transpose"(%arg115) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
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
    %1892 = "stablehlo.transpose"(%arg111) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
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
    %1952 = "stablehlo.transpose"(%arg107) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
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
    %2013 = "stablehlo.transpose"(%arg103) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
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
    %2073 = "stablehlo.transpose"(%arg99) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
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
    %2134 = "stablehlo.transpose"(%arg95) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
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
    %2168 = "stablehlo.transpose"(%arg93) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
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
    %2181 = "stablehlo.transpose"(%arg91) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
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
    %2194 = "stablehlo.transpose"(%arg89) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
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
    %2249 = "stablehlo.transpose"(%arg85) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
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
    %2309 = "stablehlo.transpose"(%arg81) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
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
    %2370 = "stablehlo.transpose"(%arg77) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x16x32xf32>) -> tensor<3x3x32x16xf32>
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
    %2382 = "stablehlo.transpose"(%arg75) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xf32>
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
    %2414 = "stablehlo.transpose"(%arg72) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xf32>
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
    %2426 = "stablehlo.transpose"(%arg70) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x32x16xf32>) -> tensor<3x3x16x32xf32>
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
    %2486 = "stablehlo.transpose"(%arg66) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
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
    %2546 = "stablehlo.transpose"(%arg62) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
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
    %2607 = "stablehlo.transpose"(%arg58) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
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
    %2641 = "stablehlo.transpose"(%arg56) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
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
    %2654 = "stablehlo.transpose"(%arg54) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
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
    %2667 = "stablehlo.transpose"(%arg52) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
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
    %2722 = "stablehlo.transpose"(%arg48) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
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
    %2782 = "stablehlo.transpose"(%arg44) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
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
    %2843 = "stablehlo.transpose"(%arg40) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
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
    %2903 = "stablehlo.transpose"(%arg36) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
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
    %2964 = "stablehlo.transpose"(%arg32) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
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
    %2988 = "stablehlo.transpose"(%arg30) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
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
    %3048 = "stablehlo.transpose"(%arg26) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
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
    %3113 = "stablehlo.multiply"(%3112, %3112) : (tensor<3x3x3x32xf32>, tensor<3x3x3x32xf32>) -> tensor<3x3x3x32xf32>
    %3114 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3115 = "stablehlo.reduce"(%3113, %3114) ({
    ^bb0(%3116: tensor<f32>, %3117: tensor<f32>):
        %3118 = "stablehlo.add"(%3116, %3117) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3118) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2, 3>} : (tensor<3x3x3x32xf32>, tensor<f32>) -> tensor<f32>
    %3119 = "stablehlo.multiply"(%3105, %3105) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %3120 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3121 = "stablehlo.reduce"(%3119, %3120) ({
    ^bb0(%3122: tensor<f32>, %3123: tensor<f32>):
        %3124 = "stablehlo.add"(%3122, %3123) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3124) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %3125 = "stablehlo.add"(%3115, %3121) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3126 = "stablehlo.multiply"(%3069, %3069) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %3127 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3128 = "stablehlo.reduce"(%3126, %3127) ({
    ^bb0(%3129: tensor<f32>, %3130: tensor<f32>):
        %3131 = "stablehlo.add"(%3129, %3130) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3131) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %3132 = "stablehlo.add"(%3125, %3128) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3133 = "stablehlo.multiply"(%3062, %3062) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %3134 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3135 = "stablehlo.reduce"(%3133, %3134) ({
    ^bb0(%3136: tensor<f32>, %3137: tensor<f32>):
        %3138 = "stablehlo.add"(%3136, %3137) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3138) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %3139 = "stablehlo.add"(%3132, %3135) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3140 = "stablehlo.multiply"(%3054, %3054) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %3141 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3142 = "stablehlo.reduce"(%3140, %3141) ({
    ^bb0(%3143: tensor<f32>, %3144: tensor<f32>):
        %3145 = "stablehlo.add"(%3143, %3144) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3145) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2, 3>} : (tensor<3x3x32x32xf32>, tensor<f32>) -> tensor<f32>
    %3146 = "stablehlo.add"(%3139, %3142) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3147 = "stablehlo.multiply"(%3044, %3044) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %3148 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3149 = "stablehlo.reduce"(%3147, %3148) ({
    ^bb0(%3150: tensor<f32>, %3151: tensor<f32>):
        %3152 = "stablehlo.add"(%3150, %3151) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3152) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %3153 = "stablehlo.add"(%3146, %3149) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3154 = "stablehlo.multiply"(%3009, %3009) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %3155 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3156 = "stablehlo.reduce"(%3154, %3155) ({
    ^bb0(%3157: tensor<f32>, %3158: tensor<f32>):
        %3159 = "stablehlo.add"(%3157, %3158) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3159) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %3160 = "stablehlo.add"(%3153, %3156) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3161 = "stablehlo.multiply"(%3002, %3002) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %3162 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3163 = "stablehlo.reduce"(%3161, %3162) ({
    ^bb0(%3164: tensor<f32>, %3165: tensor<f32>):
        %3166 = "stablehlo.add"(%3164, %3165) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3166) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %3167 = "stablehlo.add"(%3160, %3163) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3168 = "stablehlo.multiply"(%2994, %2994) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %3169 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3170 = "stablehlo.reduce"(%3168, %3169) ({
    ^bb0(%3171: tensor<f32>, %3172: tensor<f32>):
        %3173 = "stablehlo.add"(%3171, %3172) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3173) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2, 3>} : (tensor<3x3x32x32xf32>, tensor<f32>) -> tensor<f32>
    %3174 = "stablehlo.add"(%3167, %3170) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3175 = "stablehlo.multiply"(%2984, %2984) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %3176 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3177 = "stablehlo.reduce"(%3175, %3176) ({
    ^bb0(%3178: tensor<f32>, %3179: tensor<f32>):
        %3180 = "stablehlo.add"(%3178, %3179) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3180) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %3181 = "stablehlo.add"(%3174, %3177) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3182 = "stablehlo.multiply"(%2982, %2982) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %3183 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3184 = "stablehlo.reduce"(%3182, %3183) ({
    ^bb0(%3185: tensor<f32>, %3186: tensor<f32>):
        %3187 = "stablehlo.add"(%3185, %3186) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3187) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2, 3>} : (tensor<3x3x32x32xf32>, tensor<f32>) -> tensor<f32>
    %3188 = "stablehlo.add"(%3181, %3184) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3189 = "stablehlo.multiply"(%2960, %2960) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %3190 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3191 = "stablehlo.reduce"(%3189, %3190) ({
    ^bb0(%3192: tensor<f32>, %3193: tensor<f32>):
        %3194 = "stablehlo.add"(%3192, %3193) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3194) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %3195 = "stablehlo.add"(%3188, %3191) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3196 = "stablehlo.multiply"(%2924, %2924) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %3197 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3198 = "stablehlo.reduce"(%3196, %3197) ({
    ^bb0(%3199: tensor<f32>, %3200: tensor<f32>):
        %3201 = "stablehlo.add"(%3199, %3200) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3201) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %3202 = "stablehlo.add"(%3195, %3198) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3203 = "stablehlo.multiply"(%2917, %2917) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %3204 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3205 = "stablehlo.reduce"(%3203, %3204) ({
    ^bb0(%3206: tensor<f32>, %3207: tensor<f32>):
        %3208 = "stablehlo.add"(%3206, %3207) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3208) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %3209 = "stablehlo.add"(%3202, %3205) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3210 = "stablehlo.multiply"(%2909, %2909) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %3211 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3212 = "stablehlo.reduce"(%3210, %3211) ({
    ^bb0(%3213: tensor<f32>, %3214: tensor<f32>):
        %3215 = "stablehlo.add"(%3213, %3214) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3215) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2, 3>} : (tensor<3x3x32x32xf32>, tensor<f32>) -> tensor<f32>
    %3216 = "stablehlo.add"(%3209, %3212) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3217 = "stablehlo.multiply"(%2899, %2899) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %3218 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3219 = "stablehlo.reduce"(%3217, %3218) ({
    ^bb0(%3220: tensor<f32>, %3221: tensor<f32>):
        %3222 = "stablehlo.add"(%3220, %3221) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3222) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %3223 = "stablehlo.add"(%3216, %3219) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3224 = "stablehlo.multiply"(%2864, %2864) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %3225 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3226 = "stablehlo.reduce"(%3224, %3225) ({
    ^bb0(%3227: tensor<f32>, %3228: tensor<f32>):
        %3229 = "stablehlo.add"(%3227, %3228) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3229) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %3230 = "stablehlo.add"(%3223, %3226) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3231 = "stablehlo.multiply"(%2857, %2857) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %3232 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3233 = "stablehlo.reduce"(%3231, %3232) ({
    ^bb0(%3234: tensor<f32>, %3235: tensor<f32>):
        %3236 = "stablehlo.add"(%3234, %3235) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3236) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %3237 = "stablehlo.add"(%3230, %3233) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3238 = "stablehlo.multiply"(%2849, %2849) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %3239 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3240 = "stablehlo.reduce"(%3238, %3239) ({
    ^bb0(%3241: tensor<f32>, %3242: tensor<f32>):
        %3243 = "stablehlo.add"(%3241, %3242) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3243) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2, 3>} : (tensor<3x3x32x32xf32>, tensor<f32>) -> tensor<f32>
    %3244 = "stablehlo.add"(%3237, %3240) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3245 = "stablehlo.multiply"(%2839, %2839) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %3246 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3247 = "stablehlo.reduce"(%3245, %3246) ({
    ^bb0(%3248: tensor<f32>, %3249: tensor<f32>):
        %3250 = "stablehlo.add"(%3248, %3249) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3250) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %3251 = "stablehlo.add"(%3244, %3247) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3252 = "stablehlo.multiply"(%2803, %2803) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %3253 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3254 = "stablehlo.reduce"(%3252, %3253) ({
    ^bb0(%3255: tensor<f32>, %3256: tensor<f32>):
        %3257 = "stablehlo.add"(%3255, %3256) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3257) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %3258 = "stablehlo.add"(%3251, %3254) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3259 = "stablehlo.multiply"(%2796, %2796) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %3260 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3261 = "stablehlo.reduce"(%3259, %3260) ({
    ^bb0(%3262: tensor<f32>, %3263: tensor<f32>):
        %3264 = "stablehlo.add"(%3262, %3263) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3264) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %3265 = "stablehlo.add"(%3258, %3261) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3266 = "stablehlo.multiply"(%2788, %2788) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %3267 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3268 = "stablehlo.reduce"(%3266, %3267) ({
    ^bb0(%3269: tensor<f32>, %3270: tensor<f32>):
        %3271 = "stablehlo.add"(%3269, %3270) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3271) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2, 3>} : (tensor<3x3x32x32xf32>, tensor<f32>) -> tensor<f32>
    %3272 = "stablehlo.add"(%3265, %3268) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3273 = "stablehlo.multiply"(%2778, %2778) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %3274 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3275 = "stablehlo.reduce"(%3273, %3274) ({
    ^bb0(%3276: tensor<f32>, %3277: tensor<f32>):
        %3278 = "stablehlo.add"(%3276, %3277) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3278) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %3279 = "stablehlo.add"(%3272, %3275) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3280 = "stablehlo.multiply"(%2743, %2743) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %3281 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3282 = "stablehlo.reduce"(%3280, %3281) ({
    ^bb0(%3283: tensor<f32>, %3284: tensor<f32>):
        %3285 = "stablehlo.add"(%3283, %3284) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3285) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %3286 = "stablehlo.add"(%3279, %3282) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3287 = "stablehlo.multiply"(%2736, %2736) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %3288 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3289 = "stablehlo.reduce"(%3287, %3288) ({
    ^bb0(%3290: tensor<f32>, %3291: tensor<f32>):
        %3292 = "stablehlo.add"(%3290, %3291) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3292) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %3293 = "stablehlo.add"(%3286, %3289) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3294 = "stablehlo.multiply"(%2728, %2728) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %3295 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3296 = "stablehlo.reduce"(%3294, %3295) ({
    ^bb0(%3297: tensor<f32>, %3298: tensor<f32>):
        %3299 = "stablehlo.add"(%3297, %3298) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3299) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2, 3>} : (tensor<3x3x32x32xf32>, tensor<f32>) -> tensor<f32>
    %3300 = "stablehlo.add"(%3293, %3296) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3301 = "stablehlo.multiply"(%2718, %2718) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %3302 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3303 = "stablehlo.reduce"(%3301, %3302) ({
    ^bb0(%3304: tensor<f32>, %3305: tensor<f32>):
        %3306 = "stablehlo.add"(%3304, %3305) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3306) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %3307 = "stablehlo.add"(%3300, %3303) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3308 = "stablehlo.multiply"(%2682, %2682) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %3309 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3310 = "stablehlo.reduce"(%3308, %3309) ({
    ^bb0(%3311: tensor<f32>, %3312: tensor<f32>):
        %3313 = "stablehlo.add"(%3311, %3312) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3313) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %3314 = "stablehlo.add"(%3307, %3310) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3315 = "stablehlo.multiply"(%2675, %2675) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %3316 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3317 = "stablehlo.reduce"(%3315, %3316) ({
    ^bb0(%3318: tensor<f32>, %3319: tensor<f32>):
        %3320 = "stablehlo.add"(%3318, %3319) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3320) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %3321 = "stablehlo.add"(%3314, %3317) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3322 = "stablehlo.multiply"(%2672, %2672) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %3323 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3324 = "stablehlo.reduce"(%3322, %3323) ({
    ^bb0(%3325: tensor<f32>, %3326: tensor<f32>):
        %3327 = "stablehlo.add"(%3325, %3326) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3327) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x32x32xf32>, tensor<f32>) -> tensor<f32>
    %3328 = "stablehlo.add"(%3321, %3324) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3329 = "stablehlo.multiply"(%2663, %2663) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %3330 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3331 = "stablehlo.reduce"(%3329, %3330) ({
    ^bb0(%3332: tensor<f32>, %3333: tensor<f32>):
        %3334 = "stablehlo.add"(%3332, %3333) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3334) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %3335 = "stablehlo.add"(%3328, %3331) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3336 = "stablehlo.multiply"(%2659, %2659) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %3337 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3338 = "stablehlo.reduce"(%3336, %3337) ({
    ^bb0(%3339: tensor<f32>, %3340: tensor<f32>):
        %3341 = "stablehlo.add"(%3339, %3340) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3341) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x32x32xf32>, tensor<f32>) -> tensor<f32>
    %3342 = "stablehlo.add"(%3335, %3338) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3343 = "stablehlo.multiply"(%2650, %2650) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %3344 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3345 = "stablehlo.reduce"(%3343, %3344) ({
    ^bb0(%3346: tensor<f32>, %3347: tensor<f32>):
        %3348 = "stablehlo.add"(%3346, %3347) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3348) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %3349 = "stablehlo.add"(%3342, %3345) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3350 = "stablehlo.multiply"(%2647, %2647) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %3351 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3352 = "stablehlo.reduce"(%3350, %3351) ({
    ^bb0(%3353: tensor<f32>, %3354: tensor<f32>):
        %3355 = "stablehlo.add"(%3353, %3354) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3355) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x32x32xf32>, tensor<f32>) -> tensor<f32>
    %3356 = "stablehlo.add"(%3349, %3352) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3357 = "stablehlo.multiply"(%2637, %2637) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %3358 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3359 = "stablehlo.reduce"(%3357, %3358) ({
    ^bb0(%3360: tensor<f32>, %3361: tensor<f32>):
        %3362 = "stablehlo.add"(%3360, %3361) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3362) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %3363 = "stablehlo.add"(%3356, %3359) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3364 = "stablehlo.multiply"(%2613, %2613) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %3365 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3366 = "stablehlo.reduce"(%3364, %3365) ({
    ^bb0(%3367: tensor<f32>, %3368: tensor<f32>):
        %3369 = "stablehlo.add"(%3367, %3368) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3369) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x32x32xf32>, tensor<f32>) -> tensor<f32>
    %3370 = "stablehlo.add"(%3363, %3366) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3371 = "stablehlo.multiply"(%2603, %2603) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %3372 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3373 = "stablehlo.reduce"(%3371, %3372) ({
    ^bb0(%3374: tensor<f32>, %3375: tensor<f32>):
        %3376 = "stablehlo.add"(%3374, %3375) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3376) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %3377 = "stablehlo.add"(%3370, %3373) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3378 = "stablehlo.multiply"(%2567, %2567) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %3379 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3380 = "stablehlo.reduce"(%3378, %3379) ({
    ^bb0(%3381: tensor<f32>, %3382: tensor<f32>):
        %3383 = "stablehlo.add"(%3381, %3382) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3383) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %3384 = "stablehlo.add"(%3377, %3380) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3385 = "stablehlo.multiply"(%2560, %2560) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %3386 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3387 = "stablehlo.reduce"(%3385, %3386) ({
    ^bb0(%3388: tensor<f32>, %3389: tensor<f32>):
        %3390 = "stablehlo.add"(%3388, %3389) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3390) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %3391 = "stablehlo.add"(%3384, %3387) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3392 = "stablehlo.multiply"(%2552, %2552) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %3393 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3394 = "stablehlo.reduce"(%3392, %3393) ({
    ^bb0(%3395: tensor<f32>, %3396: tensor<f32>):
        %3397 = "stablehlo.add"(%3395, %3396) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3397) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2, 3>} : (tensor<3x3x32x32xf32>, tensor<f32>) -> tensor<f32>
    %3398 = "stablehlo.add"(%3391, %3394) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3399 = "stablehlo.multiply"(%2542, %2542) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %3400 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3401 = "stablehlo.reduce"(%3399, %3400) ({
    ^bb0(%3402: tensor<f32>, %3403: tensor<f32>):
        %3404 = "stablehlo.add"(%3402, %3403) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3404) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %3405 = "stablehlo.add"(%3398, %3401) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3406 = "stablehlo.multiply"(%2507, %2507) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %3407 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3408 = "stablehlo.reduce"(%3406, %3407) ({
    ^bb0(%3409: tensor<f32>, %3410: tensor<f32>):
        %3411 = "stablehlo.add"(%3409, %3410) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3411) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %3412 = "stablehlo.add"(%3405, %3408) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3413 = "stablehlo.multiply"(%2500, %2500) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %3414 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3415 = "stablehlo.reduce"(%3413, %3414) ({
    ^bb0(%3416: tensor<f32>, %3417: tensor<f32>):
        %3418 = "stablehlo.add"(%3416, %3417) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3418) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %3419 = "stablehlo.add"(%3412, %3415) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3420 = "stablehlo.multiply"(%2492, %2492) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %3421 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3422 = "stablehlo.reduce"(%3420, %3421) ({
    ^bb0(%3423: tensor<f32>, %3424: tensor<f32>):
        %3425 = "stablehlo.add"(%3423, %3424) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3425) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2, 3>} : (tensor<3x3x32x32xf32>, tensor<f32>) -> tensor<f32>
    %3426 = "stablehlo.add"(%3419, %3422) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3427 = "stablehlo.multiply"(%2482, %2482) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %3428 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3429 = "stablehlo.reduce"(%3427, %3428) ({
    ^bb0(%3430: tensor<f32>, %3431: tensor<f32>):
        %3432 = "stablehlo.add"(%3430, %3431) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3432) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %3433 = "stablehlo.add"(%3426, %3429) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3434 = "stablehlo.multiply"(%2447, %2447) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %3435 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3436 = "stablehlo.reduce"(%3434, %3435) ({
    ^bb0(%3437: tensor<f32>, %3438: tensor<f32>):
        %3439 = "stablehlo.add"(%3437, %3438) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3439) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %3440 = "stablehlo.add"(%3433, %3436) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3441 = "stablehlo.multiply"(%2440, %2440) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %3442 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3443 = "stablehlo.reduce"(%3441, %3442) ({
    ^bb0(%3444: tensor<f32>, %3445: tensor<f32>):
        %3446 = "stablehlo.add"(%3444, %3445) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3446) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %3447 = "stablehlo.add"(%3440, %3443) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3448 = "stablehlo.multiply"(%2432, %2432) : (tensor<3x3x32x16xf32>, tensor<3x3x32x16xf32>) -> tensor<3x3x32x16xf32>
    %3449 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3450 = "stablehlo.reduce"(%3448, %3449) ({
    ^bb0(%3451: tensor<f32>, %3452: tensor<f32>):
        %3453 = "stablehlo.add"(%3451, %3452) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3453) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2, 3>} : (tensor<3x3x32x16xf32>, tensor<f32>) -> tensor<f32>
    %3454 = "stablehlo.add"(%3447, %3450) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3455 = "stablehlo.multiply"(%2422, %2422) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %3456 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3457 = "stablehlo.reduce"(%3455, %3456) ({
    ^bb0(%3458: tensor<f32>, %3459: tensor<f32>):
        %3460 = "stablehlo.add"(%3458, %3459) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3460) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<16xf32>, tensor<f32>) -> tensor<f32>
    %3461 = "stablehlo.add"(%3454, %3457) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3462 = "stablehlo.multiply"(%2420, %2420) : (tensor<1x1x16x16xf32>, tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %3463 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3464 = "stablehlo.reduce"(%3462, %3463) ({
    ^bb0(%3465: tensor<f32>, %3466: tensor<f32>):
        %3467 = "stablehlo.add"(%3465, %3466) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3467) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>, tensor<f32>) -> tensor<f32>
    %3468 = "stablehlo.add"(%3461, %3464) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3469 = "stablehlo.multiply"(%2410, %2410) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %3470 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3471 = "stablehlo.reduce"(%3469, %3470) ({
    ^bb0(%3472: tensor<f32>, %3473: tensor<f32>):
        %3474 = "stablehlo.add"(%3472, %3473) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3474) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<16xf32>, tensor<f32>) -> tensor<f32>
    %3475 = "stablehlo.add"(%3468, %3471) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3476 = "stablehlo.multiply"(%2405, %2405) : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x16xf32>
    %3477 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3478 = "stablehlo.reduce"(%3476, %3477) ({
    ^bb0(%3479: tensor<f32>, %3480: tensor<f32>):
        %3481 = "stablehlo.add"(%3479, %3480) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3481) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x16xf32>, tensor<f32>) -> tensor<f32>
    %3482 = "stablehlo.add"(%3475, %3478) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3483 = "stablehlo.multiply"(%2388, %2388) : (tensor<1x1x16x16xf32>, tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %3484 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3485 = "stablehlo.reduce"(%3483, %3484) ({
    ^bb0(%3486: tensor<f32>, %3487: tensor<f32>):
        %3488 = "stablehlo.add"(%3486, %3487) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3488) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x16xf32>, tensor<f32>) -> tensor<f32>
    %3489 = "stablehlo.add"(%3482, %3485) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3490 = "stablehlo.multiply"(%2378, %2378) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %3491 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3492 = "stablehlo.reduce"(%3490, %3491) ({
    ^bb0(%3493: tensor<f32>, %3494: tensor<f32>):
        %3495 = "stablehlo.add"(%3493, %3494) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3495) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<16xf32>, tensor<f32>) -> tensor<f32>
    %3496 = "stablehlo.add"(%3489, %3492) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3497 = "stablehlo.multiply"(%2376, %2376) : (tensor<3x3x16x32xf32>, tensor<3x3x16x32xf32>) -> tensor<3x3x16x32xf32>
    %3498 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3499 = "stablehlo.reduce"(%3497, %3498) ({
    ^bb0(%3500: tensor<f32>, %3501: tensor<f32>):
        %3502 = "stablehlo.add"(%3500, %3501) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3502) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2, 3>} : (tensor<3x3x16x32xf32>, tensor<f32>) -> tensor<f32>
    %3503 = "stablehlo.add"(%3496, %3499) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3504 = "stablehlo.multiply"(%2366, %2366) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %3505 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3506 = "stablehlo.reduce"(%3504, %3505) ({
    ^bb0(%3507: tensor<f32>, %3508: tensor<f32>):
        %3509 = "stablehlo.add"(%3507, %3508) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3509) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %3510 = "stablehlo.add"(%3503, %3506) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3511 = "stablehlo.multiply"(%2330, %2330) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %3512 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3513 = "stablehlo.reduce"(%3511, %3512) ({
    ^bb0(%3514: tensor<f32>, %3515: tensor<f32>):
        %3516 = "stablehlo.add"(%3514, %3515) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3516) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %3517 = "stablehlo.add"(%3510, %3513) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3518 = "stablehlo.multiply"(%2323, %2323) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %3519 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3520 = "stablehlo.reduce"(%3518, %3519) ({
    ^bb0(%3521: tensor<f32>, %3522: tensor<f32>):
        %3523 = "stablehlo.add"(%3521, %3522) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3523) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %3524 = "stablehlo.add"(%3517, %3520) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3525 = "stablehlo.multiply"(%2315, %2315) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %3526 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3527 = "stablehlo.reduce"(%3525, %3526) ({
    ^bb0(%3528: tensor<f32>, %3529: tensor<f32>):
        %3530 = "stablehlo.add"(%3528, %3529) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3530) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2, 3>} : (tensor<3x3x32x32xf32>, tensor<f32>) -> tensor<f32>
    %3531 = "stablehlo.add"(%3524, %3527) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3532 = "stablehlo.multiply"(%2305, %2305) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %3533 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3534 = "stablehlo.reduce"(%3532, %3533) ({
    ^bb0(%3535: tensor<f32>, %3536: tensor<f32>):
        %3537 = "stablehlo.add"(%3535, %3536) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3537) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %3538 = "stablehlo.add"(%3531, %3534) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3539 = "stablehlo.multiply"(%2270, %2270) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %3540 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3541 = "stablehlo.reduce"(%3539, %3540) ({
    ^bb0(%3542: tensor<f32>, %3543: tensor<f32>):
        %3544 = "stablehlo.add"(%3542, %3543) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3544) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %3545 = "stablehlo.add"(%3538, %3541) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3546 = "stablehlo.multiply"(%2263, %2263) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %3547 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3548 = "stablehlo.reduce"(%3546, %3547) ({
    ^bb0(%3549: tensor<f32>, %3550: tensor<f32>):
        %3551 = "stablehlo.add"(%3549, %3550) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3551) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %3552 = "stablehlo.add"(%3545, %3548) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3553 = "stablehlo.multiply"(%2255, %2255) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %3554 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3555 = "stablehlo.reduce"(%3553, %3554) ({
    ^bb0(%3556: tensor<f32>, %3557: tensor<f32>):
        %3558 = "stablehlo.add"(%3556, %3557) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3558) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2, 3>} : (tensor<3x3x32x32xf32>, tensor<f32>) -> tensor<f32>
    %3559 = "stablehlo.add"(%3552, %3555) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3560 = "stablehlo.multiply"(%2245, %2245) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %3561 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3562 = "stablehlo.reduce"(%3560, %3561) ({
    ^bb0(%3563: tensor<f32>, %3564: tensor<f32>):
        %3565 = "stablehlo.add"(%3563, %3564) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3565) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %3566 = "stablehlo.add"(%3559, %3562) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3567 = "stablehlo.multiply"(%2209, %2209) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %3568 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3569 = "stablehlo.reduce"(%3567, %3568) ({
    ^bb0(%3570: tensor<f32>, %3571: tensor<f32>):
        %3572 = "stablehlo.add"(%3570, %3571) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3572) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %3573 = "stablehlo.add"(%3566, %3569) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3574 = "stablehlo.multiply"(%2202, %2202) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %3575 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3576 = "stablehlo.reduce"(%3574, %3575) ({
    ^bb0(%3577: tensor<f32>, %3578: tensor<f32>):
        %3579 = "stablehlo.add"(%3577, %3578) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3579) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %3580 = "stablehlo.add"(%3573, %3576) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3581 = "stablehlo.multiply"(%2199, %2199) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %3582 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3583 = "stablehlo.reduce"(%3581, %3582) ({
    ^bb0(%3584: tensor<f32>, %3585: tensor<f32>):
        %3586 = "stablehlo.add"(%3584, %3585) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3586) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x32x32xf32>, tensor<f32>) -> tensor<f32>
    %3587 = "stablehlo.add"(%3580, %3583) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3588 = "stablehlo.multiply"(%2190, %2190) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %3589 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3590 = "stablehlo.reduce"(%3588, %3589) ({
    ^bb0(%3591: tensor<f32>, %3592: tensor<f32>):
        %3593 = "stablehlo.add"(%3591, %3592) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3593) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %3594 = "stablehlo.add"(%3587, %3590) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3595 = "stablehlo.multiply"(%2186, %2186) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %3596 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3597 = "stablehlo.reduce"(%3595, %3596) ({
    ^bb0(%3598: tensor<f32>, %3599: tensor<f32>):
        %3600 = "stablehlo.add"(%3598, %3599) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3600) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x32x32xf32>, tensor<f32>) -> tensor<f32>
    %3601 = "stablehlo.add"(%3594, %3597) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3602 = "stablehlo.multiply"(%2177, %2177) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %3603 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3604 = "stablehlo.reduce"(%3602, %3603) ({
    ^bb0(%3605: tensor<f32>, %3606: tensor<f32>):
        %3607 = "stablehlo.add"(%3605, %3606) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3607) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %3608 = "stablehlo.add"(%3601, %3604) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3609 = "stablehlo.multiply"(%2174, %2174) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %3610 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3611 = "stablehlo.reduce"(%3609, %3610) ({
    ^bb0(%3612: tensor<f32>, %3613: tensor<f32>):
        %3614 = "stablehlo.add"(%3612, %3613) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3614) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x32x32xf32>, tensor<f32>) -> tensor<f32>
    %3615 = "stablehlo.add"(%3608, %3611) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3616 = "stablehlo.multiply"(%2164, %2164) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %3617 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3618 = "stablehlo.reduce"(%3616, %3617) ({
    ^bb0(%3619: tensor<f32>, %3620: tensor<f32>):
        %3621 = "stablehlo.add"(%3619, %3620) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3621) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %3622 = "stablehlo.add"(%3615, %3618) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3623 = "stablehlo.multiply"(%2140, %2140) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %3624 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3625 = "stablehlo.reduce"(%3623, %3624) ({
    ^bb0(%3626: tensor<f32>, %3627: tensor<f32>):
        %3628 = "stablehlo.add"(%3626, %3627) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3628) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x32x32xf32>, tensor<f32>) -> tensor<f32>
    %3629 = "stablehlo.add"(%3622, %3625) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3630 = "stablehlo.multiply"(%2130, %2130) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %3631 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3632 = "stablehlo.reduce"(%3630, %3631) ({
    ^bb0(%3633: tensor<f32>, %3634: tensor<f32>):
        %3635 = "stablehlo.add"(%3633, %3634) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3635) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %3636 = "stablehlo.add"(%3629, %3632) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3637 = "stablehlo.multiply"(%2094, %2094) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %3638 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3639 = "stablehlo.reduce"(%3637, %3638) ({
    ^bb0(%3640: tensor<f32>, %3641: tensor<f32>):
        %3642 = "stablehlo.add"(%3640, %3641) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3642) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %3643 = "stablehlo.add"(%3636, %3639) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3644 = "stablehlo.multiply"(%2087, %2087) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %3645 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3646 = "stablehlo.reduce"(%3644, %3645) ({
    ^bb0(%3647: tensor<f32>, %3648: tensor<f32>):
        %3649 = "stablehlo.add"(%3647, %3648) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3649) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %3650 = "stablehlo.add"(%3643, %3646) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3651 = "stablehlo.multiply"(%2079, %2079) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %3652 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3653 = "stablehlo.reduce"(%3651, %3652) ({
    ^bb0(%3654: tensor<f32>, %3655: tensor<f32>):
        %3656 = "stablehlo.add"(%3654, %3655) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3656) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2, 3>} : (tensor<3x3x32x32xf32>, tensor<f32>) -> tensor<f32>
    %3657 = "stablehlo.add"(%3650, %3653) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3658 = "stablehlo.multiply"(%2069, %2069) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %3659 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3660 = "stablehlo.reduce"(%3658, %3659) ({
    ^bb0(%3661: tensor<f32>, %3662: tensor<f32>):
        %3663 = "stablehlo.add"(%3661, %3662) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3663) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %3664 = "stablehlo.add"(%3657, %3660) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3665 = "stablehlo.multiply"(%2034, %2034) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %3666 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3667 = "stablehlo.reduce"(%3665, %3666) ({
    ^bb0(%3668: tensor<f32>, %3669: tensor<f32>):
        %3670 = "stablehlo.add"(%3668, %3669) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3670) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %3671 = "stablehlo.add"(%3664, %3667) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3672 = "stablehlo.multiply"(%2027, %2027) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %3673 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3674 = "stablehlo.reduce"(%3672, %3673) ({
    ^bb0(%3675: tensor<f32>, %3676: tensor<f32>):
        %3677 = "stablehlo.add"(%3675, %3676) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3677) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %3678 = "stablehlo.add"(%3671, %3674) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3679 = "stablehlo.multiply"(%2019, %2019) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %3680 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3681 = "stablehlo.reduce"(%3679, %3680) ({
    ^bb0(%3682: tensor<f32>, %3683: tensor<f32>):
        %3684 = "stablehlo.add"(%3682, %3683) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3684) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2, 3>} : (tensor<3x3x32x32xf32>, tensor<f32>) -> tensor<f32>
    %3685 = "stablehlo.add"(%3678, %3681) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3686 = "stablehlo.multiply"(%2009, %2009) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %3687 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3688 = "stablehlo.reduce"(%3686, %3687) ({
    ^bb0(%3689: tensor<f32>, %3690: tensor<f32>):
        %3691 = "stablehlo.add"(%3689, %3690) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3691) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %3692 = "stablehlo.add"(%3685, %3688) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3693 = "stablehlo.multiply"(%1973, %1973) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %3694 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3695 = "stablehlo.reduce"(%3693, %3694) ({
    ^bb0(%3696: tensor<f32>, %3697: tensor<f32>):
        %3698 = "stablehlo.add"(%3696, %3697) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3698) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %3699 = "stablehlo.add"(%3692, %3695) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3700 = "stablehlo.multiply"(%1966, %1966) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %3701 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3702 = "stablehlo.reduce"(%3700, %3701) ({
    ^bb0(%3703: tensor<f32>, %3704: tensor<f32>):
        %3705 = "stablehlo.add"(%3703, %3704) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3705) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %3706 = "stablehlo.add"(%3699, %3702) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3707 = "stablehlo.multiply"(%1958, %1958) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %3708 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3709 = "stablehlo.reduce"(%3707, %3708) ({
    ^bb0(%3710: tensor<f32>, %3711: tensor<f32>):
        %3712 = "stablehlo.add"(%3710, %3711) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3712) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2, 3>} : (tensor<3x3x32x32xf32>, tensor<f32>) -> tensor<f32>
    %3713 = "stablehlo.add"(%3706, %3709) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3714 = "stablehlo.multiply"(%1948, %1948) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %3715 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3716 = "stablehlo.reduce"(%3714, %3715) ({
    ^bb0(%3717: tensor<f32>, %3718: tensor<f32>):
        %3719 = "stablehlo.add"(%3717, %3718) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3719) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %3720 = "stablehlo.add"(%3713, %3716) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3721 = "stablehlo.multiply"(%1913, %1913) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %3722 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3723 = "stablehlo.reduce"(%3721, %3722) ({
    ^bb0(%3724: tensor<f32>, %3725: tensor<f32>):
        %3726 = "stablehlo.add"(%3724, %3725) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3726) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %3727 = "stablehlo.add"(%3720, %3723) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3728 = "stablehlo.multiply"(%1906, %1906) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %3729 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3730 = "stablehlo.reduce"(%3728, %3729) ({
    ^bb0(%3731: tensor<f32>, %3732: tensor<f32>):
        %3733 = "stablehlo.add"(%3731, %3732) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3733) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %3734 = "stablehlo.add"(%3727, %3730) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3735 = "stablehlo.multiply"(%1898, %1898) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %3736 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3737 = "stablehlo.reduce"(%3735, %3736) ({
    ^bb0(%3738: tensor<f32>, %3739: tensor<f32>):
        %3740 = "stablehlo.add"(%3738, %3739) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3740) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2, 3>} : (tensor<3x3x32x32xf32>, tensor<f32>) -> tensor<f32>
    %3741 = "stablehlo.add"(%3734, %3737) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3742 = "stablehlo.multiply"(%1888, %1888) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %3743 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3744 = "stablehlo.reduce"(%3742, %3743) ({
    ^bb0(%3745: tensor<f32>, %3746: tensor<f32>):
        %3747 = "stablehlo.add"(%3745, %3746) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3747) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %3748 = "stablehlo.add"(%3741, %3744) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3749 = "stablehlo.multiply"(%1852, %1852) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %3750 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3751 = "stablehlo.reduce"(%3749, %3750) ({
    ^bb0(%3752: tensor<f32>, %3753: tensor<f32>):
        %3754 = "stablehlo.add"(%3752, %3753) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3754) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %3755 = "stablehlo.add"(%3748, %3751) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3756 = "stablehlo.multiply"(%1845, %1845) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %3757 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3758 = "stablehlo.reduce"(%3756, %3757) ({
    ^bb0(%3759: tensor<f32>, %3760: tensor<f32>):
        %3761 = "stablehlo.add"(%3759, %3760) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3761) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %3762 = "stablehlo.add"(%3755, %3758) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3763 = "stablehlo.multiply"(%1837, %1837) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %3764 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3765 = "stablehlo.reduce"(%3763, %3764) ({
    ^bb0(%3766: tensor<f32>, %3767: tensor<f32>):
        %3768 = "stablehlo.add"(%3766, %3767) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3768) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2, 3>} : (tensor<3x3x32x32xf32>, tensor<f32>) -> tensor<f32>
    %3769 = "stablehlo.add"(%3762, %3765) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3770 = "stablehlo.multiply"(%1827, %1827) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %3771 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3772 = "stablehlo.reduce"(%3770, %3771) ({
    ^bb0(%3773: tensor<f32>, %3774: tensor<f32>):
        %3775 = "stablehlo.add"(%3773, %3774) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3775) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %3776 = "stablehlo.add"(%3769, %3772) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3777 = "stablehlo.multiply"(%1792, %1792) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %3778 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3779 = "stablehlo.reduce"(%3777, %3778) ({
    ^bb0(%3780: tensor<f32>, %3781: tensor<f32>):
        %3782 = "stablehlo.add"(%3780, %3781) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3782) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %3783 = "stablehlo.add"(%3776, %3779) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3784 = "stablehlo.multiply"(%1785, %1785) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %3785 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3786 = "stablehlo.reduce"(%3784, %3785) ({
    ^bb0(%3787: tensor<f32>, %3788: tensor<f32>):
        %3789 = "stablehlo.add"(%3787, %3788) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3789) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %3790 = "stablehlo.add"(%3783, %3786) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3791 = "stablehlo.multiply"(%1776, %1776) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %3792 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3793 = "stablehlo.reduce"(%3791, %3792) ({
    ^bb0(%3794: tensor<f32>, %3795: tensor<f32>):
        %3796 = "stablehlo.add"(%3794, %3795) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3796) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2, 3>} : (tensor<3x3x32x32xf32>, tensor<f32>) -> tensor<f32>
    %3797 = "stablehlo.add"(%3790, %3793) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3798 = "stablehlo.multiply"(%1766, %1766) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %3799 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3800 = "stablehlo.reduce"(%3798, %3799) ({
    ^bb0(%3801: tensor<f32>, %3802: tensor<f32>):
        %3803 = "stablehlo.add"(%3801, %3802) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3803) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %3804 = "stablehlo.add"(%3797, %3800) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3805 = "stablehlo.multiply"(%1758, %1758) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %3806 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3807 = "stablehlo.reduce"(%3805, %3806) ({
    ^bb0(%3808: tensor<f32>, %3809: tensor<f32>):
        %3810 = "stablehlo.add"(%3808, %3809) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3810) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2, 3>} : (tensor<3x3x32x32xf32>, tensor<f32>) -> tensor<f32>
    %3811 = "stablehlo.add"(%3804, %3807) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3812 = "stablehlo.multiply"(%1748, %1748) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %3813 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3814 = "stablehlo.reduce"(%3812, %3813) ({
    ^bb0(%3815: tensor<f32>, %3816: tensor<f32>):
        %3817 = "stablehlo.add"(%3815, %3816) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3817) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %3818 = "stablehlo.add"(%3811, %3814) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3819 = "stablehlo.multiply"(%1712, %1712) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %3820 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3821 = "stablehlo.reduce"(%3819, %3820) ({
    ^bb0(%3822: tensor<f32>, %3823: tensor<f32>):
        %3824 = "stablehlo.add"(%3822, %3823) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3824) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %3825 = "stablehlo.add"(%3818, %3821) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3826 = "stablehlo.multiply"(%1705, %1705) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %3827 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3828 = "stablehlo.reduce"(%3826, %3827) ({
    ^bb0(%3829: tensor<f32>, %3830: tensor<f32>):
        %3831 = "stablehlo.add"(%3829, %3830) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3831) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %3832 = "stablehlo.add"(%3825, %3828) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3833 = "stablehlo.multiply"(%1697, %1697) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %3834 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3835 = "stablehlo.reduce"(%3833, %3834) ({
    ^bb0(%3836: tensor<f32>, %3837: tensor<f32>):
        %3838 = "stablehlo.add"(%3836, %3837) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3838) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2, 3>} : (tensor<3x3x32x32xf32>, tensor<f32>) -> tensor<f32>
    %3839 = "stablehlo.add"(%3832, %3835) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3840 = "stablehlo.multiply"(%1687, %1687) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %3841 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3842 = "stablehlo.reduce"(%3840, %3841) ({
    ^bb0(%3843: tensor<f32>, %3844: tensor<f32>):
        %3845 = "stablehlo.add"(%3843, %3844) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3845) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %3846 = "stablehlo.add"(%3839, %3842) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3847 = "stablehlo.multiply"(%1652, %1652) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %3848 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3849 = "stablehlo.reduce"(%3847, %3848) ({
    ^bb0(%3850: tensor<f32>, %3851: tensor<f32>):
        %3852 = "stablehlo.add"(%3850, %3851) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3852) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %3853 = "stablehlo.add"(%3846, %3849) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3854 = "stablehlo.multiply"(%1645, %1645) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %3855 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3856 = "stablehlo.reduce"(%3854, %3855) ({
    ^bb0(%3857: tensor<f32>, %3858: tensor<f32>):
        %3859 = "stablehlo.add"(%3857, %3858) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3859) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %3860 = "stablehlo.add"(%3853, %3856) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3861 = "stablehlo.multiply"(%1637, %1637) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %3862 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3863 = "stablehlo.reduce"(%3861, %3862) ({
    ^bb0(%3864: tensor<f32>, %3865: tensor<f32>):
        %3866 = "stablehlo.add"(%3864, %3865) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3866) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2, 3>} : (tensor<3x3x32x32xf32>, tensor<f32>) -> tensor<f32>
    %3867 = "stablehlo.add"(%3860, %3863) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3868 = "stablehlo.multiply"(%1627, %1627) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %3869 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3870 = "stablehlo.reduce"(%3868, %3869) ({
    ^bb0(%3871: tensor<f32>, %3872: tensor<f32>):
        %3873 = "stablehlo.add"(%3871, %3872) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3873) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %3874 = "stablehlo.add"(%3867, %3870) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3875 = "stablehlo.multiply"(%1591, %1591) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %3876 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3877 = "stablehlo.reduce"(%3875, %3876) ({
    ^bb0(%3878: tensor<f32>, %3879: tensor<f32>):
        %3880 = "stablehlo.add"(%3878, %3879) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3880) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %3881 = "stablehlo.add"(%3874, %3877) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3882 = "stablehlo.multiply"(%1584, %1584) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %3883 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3884 = "stablehlo.reduce"(%3882, %3883) ({
    ^bb0(%3885: tensor<f32>, %3886: tensor<f32>):
        %3887 = "stablehlo.add"(%3885, %3886) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3887) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %3888 = "stablehlo.add"(%3881, %3884) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3889 = "stablehlo.multiply"(%1576, %1576) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %3890 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3891 = "stablehlo.reduce"(%3889, %3890) ({
    ^bb0(%3892: tensor<f32>, %3893: tensor<f32>):
        %3894 = "stablehlo.add"(%3892, %3893) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3894) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2, 3>} : (tensor<3x3x32x32xf32>, tensor<f32>) -> tensor<f32>
    %3895 = "stablehlo.add"(%3888, %3891) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3896 = "stablehlo.multiply"(%1566, %1566) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %3897 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3898 = "stablehlo.reduce"(%3896, %3897) ({
    ^bb0(%3899: tensor<f32>, %3900: tensor<f32>):
        %3901 = "stablehlo.add"(%3899, %3900) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3901) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %3902 = "stablehlo.add"(%3895, %3898) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3903 = "stablehlo.multiply"(%1531, %1531) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %3904 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3905 = "stablehlo.reduce"(%3903, %3904) ({
    ^bb0(%3906: tensor<f32>, %3907: tensor<f32>):
        %3908 = "stablehlo.add"(%3906, %3907) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3908) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %3909 = "stablehlo.add"(%3902, %3905) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3910 = "stablehlo.multiply"(%1524, %1524) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %3911 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3912 = "stablehlo.reduce"(%3910, %3911) ({
    ^bb0(%3913: tensor<f32>, %3914: tensor<f32>):
        %3915 = "stablehlo.add"(%3913, %3914) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3915) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %3916 = "stablehlo.add"(%3909, %3912) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3917 = "stablehlo.multiply"(%1516, %1516) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %3918 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3919 = "stablehlo.reduce"(%3917, %3918) ({
    ^bb0(%3920: tensor<f32>, %3921: tensor<f32>):
        %3922 = "stablehlo.add"(%3920, %3921) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3922) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2, 3>} : (tensor<3x3x32x32xf32>, tensor<f32>) -> tensor<f32>
    %3923 = "stablehlo.add"(%3916, %3919) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3924 = "stablehlo.multiply"(%1506, %1506) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %3925 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3926 = "stablehlo.reduce"(%3924, %3925) ({
    ^bb0(%3927: tensor<f32>, %3928: tensor<f32>):
        %3929 = "stablehlo.add"(%3927, %3928) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3929) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %3930 = "stablehlo.add"(%3923, %3926) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3931 = "stablehlo.multiply"(%1470, %1470) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %3932 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3933 = "stablehlo.reduce"(%3931, %3932) ({
    ^bb0(%3934: tensor<f32>, %3935: tensor<f32>):
        %3936 = "stablehlo.add"(%3934, %3935) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3936) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %3937 = "stablehlo.add"(%3930, %3933) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3938 = "stablehlo.multiply"(%1463, %1463) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %3939 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3940 = "stablehlo.reduce"(%3938, %3939) ({
    ^bb0(%3941: tensor<f32>, %3942: tensor<f32>):
        %3943 = "stablehlo.add"(%3941, %3942) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3943) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %3944 = "stablehlo.add"(%3937, %3940) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3945 = "stablehlo.multiply"(%1454, %1454) : (tensor<3x3x32x3xf32>, tensor<3x3x32x3xf32>) -> tensor<3x3x32x3xf32>
    %3946 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3947 = "stablehlo.reduce"(%3945, %3946) ({
    ^bb0(%3948: tensor<f32>, %3949: tensor<f32>):
        %3950 = "stablehlo.add"(%3948, %3949) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3950) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2, 3>} : (tensor<3x3x32x3xf32>, tensor<f32>) -> tensor<f32>
    %3951 = "stablehlo.add"(%3944, %3947) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3952 = "stablehlo.multiply"(%1444, %1444) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
    %3953 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3954 = "stablehlo.reduce"(%3952, %3953) ({
    ^bb0(%3955: tensor<f32>, %3956: tensor<f32>):
        %3957 = "stablehlo.add"(%3955, %3956) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3957) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<3xf32>, tensor<f32>) -> tensor<f32>
    %3958 = "stablehlo.add"(%3951, %3954) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3959 = "stablehlo.sqrt"(%3958) : (tensor<f32>) -> tensor<f32>
    %3960 = "stablehlo.convert"(%arg143) : (tensor<i32>) -> tensor<f32>
    %3961 = "stablehlo.constant"() {value = dense<20.0> : tensor<f32>} : () -> tensor<f32>
    %3962 = "stablehlo.minimum"(%3960, %3961) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3963 = "stablehlo.constant"() {value = dense<0x3851B717> : tensor<f32>} : () -> tensor<f32>
    %3964 = "stablehlo.multiply"(%3962, %3963) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3965 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
    %3966 = "stablehlo.add"(%arg143, %3965) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %3967 = "stablehlo.convert"(%3966) : (tensor<i32>) -> tensor<f32>
    %3968 = "stablehlo.constant"() {value = dense<0.9> : tensor<3x3x3x32xf32>} : () -> tensor<3x3x3x32xf32>
    %3969 = "stablehlo.multiply"(%arg144, %3968) : (tensor<3x3x3x32xf32>, tensor<3x3x3x32xf32>) -> tensor<3x3x3x32xf32>
    %3970 = "stablehlo.constant"() {value = dense<0.1> : tensor<3x3x3x32xf32>} : () -> tensor<3x3x3x32xf32>
    %3971 = "stablehlo.multiply"(%3112, %3970) : (tensor<3x3x3x32xf32>, tensor<3x3x3x32xf32>) -> tensor<3x3x3x32xf32>
    %3972 = "stablehlo.add"(%3969, %3971) : (tensor<3x3x3x32xf32>, tensor<3x3x3x32xf32>) -> tensor<3x3x3x32xf32>
    %3973 = "stablehlo.constant"() {value = dense<0.999> : tensor<3x3x3x32xf32>} : () -> tensor<3x3x3x32xf32>
    %3974 = "stablehlo.multiply"(%arg265, %3973) : (tensor<3x3x3x32xf32>, tensor<3x3x3x32xf32>) -> tensor<3x3x3x32xf32>
    %3975 = "stablehlo.constant"() {value = dense<0.001> : tensor<3x3x3x32xf32>} : () -> tensor<3x3x3x32xf32>
    %3976 = "stablehlo.multiply"(%3113, %3975) : (tensor<3x3x3x32xf32>, tensor<3x3x3x32xf32>) -> tensor<3x3x3x32xf32>
    %3977 = "stablehlo.add"(%3974, %3976) : (tensor<3x3x3x32xf32>, tensor<3x3x3x32xf32>) -> tensor<3x3x3x32xf32>
    %3978 = "stablehlo.constant"() {value = dense<0.9> : tensor<f32>} : () -> tensor<f32>
    %3979 = "stablehlo.power"(%3978, %3967) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3980 = "stablehlo.subtract"(%1197, %3979) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3981 = "stablehlo.constant"() {value = dense<0.999> : tensor<f32>} : () -> tensor<f32>
    %3982 = "stablehlo.power"(%3981, %3967) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3983 = "stablehlo.subtract"(%1197, %3982) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %3984 = "stablehlo.broadcast_in_dim"(%3980) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<3x3x3x32xf32>
    %3985 = "stablehlo.divide"(%3972, %3984) : (tensor<3x3x3x32xf32>, tensor<3x3x3x32xf32>) -> tensor<3x3x3x32xf32>
    %3986 = "stablehlo.broadcast_in_dim"(%3983) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<3x3x3x32xf32>
    %3987 = "stablehlo.divide"(%3977, %3986) : (tensor<3x3x3x32xf32>, tensor<3x3x3x32xf32>) -> tensor<3x3x3x32xf32>
    %3988 = "stablehlo.sqrt"(%3987) : (tensor<3x3x3x32xf32>) -> tensor<3x3x3x32xf32>
    %3989 = "stablehlo.constant"() {value = dense<0x322BCC77> : tensor<3x3x3x32xf32>} : () -> tensor<3x3x3x32xf32>
    %3990 = "stablehlo.add"(%3988, %3989) : (tensor<3x3x3x32xf32>, tensor<3x3x3x32xf32>) -> tensor<3x3x3x32xf32>
    %3991 = "stablehlo.divide"(%3985, %3990) : (tensor<3x3x3x32xf32>, tensor<3x3x3x32xf32>) -> tensor<3x3x3x32xf32>
    %3992 = "stablehlo.constant"() {value = dense<0.0001> : tensor<3x3x3x32xf32>} : () -> tensor<3x3x3x32xf32>
    %3993 = "stablehlo.multiply"(%arg22, %3992) : (tensor<3x3x3x32xf32>, tensor<3x3x3x32xf32>) -> tensor<3x3x3x32xf32>
    %3994 = "stablehlo.add"(%3991, %3993) : (tensor<3x3x3x32xf32>, tensor<3x3x3x32xf32>) -> tensor<3x3x3x32xf32>
    %3995 = "stablehlo.broadcast_in_dim"(%3964) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<3x3x3x32xf32>
    %3996 = "stablehlo.multiply"(%3994, %3995) : (tensor<3x3x3x32xf32>, tensor<3x3x3x32xf32>) -> tensor<3x3x3x32xf32>
    %3997 = "stablehlo.subtract"(%arg22, %3996) : (tensor<3x3x3x32xf32>, tensor<3x3x3x32xf32>) -> tensor<3x3x3x32xf32>
    %3998 = "stablehlo.constant"() {value = dense<0.9> : tensor<32xf32>} : () -> tensor<32xf32>
    %3999 = "stablehlo.multiply"(%arg145, %3998) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4000 = "stablehlo.constant"() {value = dense<0.1> : tensor<32xf32>} : () -> tensor<32xf32>
    %4001 = "stablehlo.multiply"(%3105, %4000) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4002 = "stablehlo.add"(%3999, %4001) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4003 = "stablehlo.constant"() {value = dense<0.999> : tensor<32xf32>} : () -> tensor<32xf32>
    %4004 = "stablehlo.multiply"(%arg266, %4003) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4005 = "stablehlo.constant"() {value = dense<0.001> : tensor<32xf32>} : () -> tensor<32xf32>
    %4006 = "stablehlo.multiply"(%3119, %4005) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4007 = "stablehlo.add"(%4004, %4006) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4008 = "stablehlo.broadcast_in_dim"(%3980) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32xf32>
    %4009 = "stablehlo.divide"(%4002, %4008) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4010 = "stablehlo.broadcast_in_dim"(%3983) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32xf32>
    %4011 = "stablehlo.divide"(%4007, %4010) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4012 = "stablehlo.sqrt"(%4011) : (tensor<32xf32>) -> tensor<32xf32>
    %4013 = "stablehlo.constant"() {value = dense<0x322BCC77> : tensor<32xf32>} : () -> tensor<32xf32>
    %4014 = "stablehlo.add"(%4012, %4013) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4015 = "stablehlo.divide"(%4009, %4014) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4016 = "stablehlo.constant"() {value = dense<0.0001> : tensor<32xf32>} : () -> tensor<32xf32>
    %4017 = "stablehlo.multiply"(%arg23, %4016) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4018 = "stablehlo.add"(%4015, %4017) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4019 = "stablehlo.broadcast_in_dim"(%3964) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32xf32>
    %4020 = "stablehlo.multiply"(%4018, %4019) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4021 = "stablehlo.subtract"(%arg23, %4020) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4022 = "stablehlo.multiply"(%arg146, %3998) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4023 = "stablehlo.multiply"(%3069, %4000) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4024 = "stablehlo.add"(%4022, %4023) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4025 = "stablehlo.multiply"(%arg267, %4003) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4026 = "stablehlo.multiply"(%3126, %4005) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4027 = "stablehlo.add"(%4025, %4026) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4028 = "stablehlo.divide"(%4024, %4008) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4029 = "stablehlo.divide"(%4027, %4010) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4030 = "stablehlo.sqrt"(%4029) : (tensor<32xf32>) -> tensor<32xf32>
    %4031 = "stablehlo.add"(%4030, %4013) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4032 = "stablehlo.divide"(%4028, %4031) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4033 = "stablehlo.multiply"(%arg24, %4016) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4034 = "stablehlo.add"(%4032, %4033) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4035 = "stablehlo.multiply"(%4034, %4019) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4036 = "stablehlo.subtract"(%arg24, %4035) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4037 = "stablehlo.multiply"(%arg147, %3998) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4038 = "stablehlo.multiply"(%3062, %4000) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4039 = "stablehlo.add"(%4037, %4038) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4040 = "stablehlo.multiply"(%arg268, %4003) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4041 = "stablehlo.multiply"(%3133, %4005) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4042 = "stablehlo.add"(%4040, %4041) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4043 = "stablehlo.divide"(%4039, %4008) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4044 = "stablehlo.divide"(%4042, %4010) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4045 = "stablehlo.sqrt"(%4044) : (tensor<32xf32>) -> tensor<32xf32>
    %4046 = "stablehlo.add"(%4045, %4013) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4047 = "stablehlo.divide"(%4043, %4046) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4048 = "stablehlo.multiply"(%arg25, %4016) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4049 = "stablehlo.add"(%4047, %4048) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4050 = "stablehlo.multiply"(%4049, %4019) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4051 = "stablehlo.subtract"(%arg25, %4050) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4052 = "stablehlo.constant"() {value = dense<0.9> : tensor<3x3x32x32xf32>} : () -> tensor<3x3x32x32xf32>
    %4053 = "stablehlo.multiply"(%arg148, %4052) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4054 = "stablehlo.constant"() {value = dense<0.1> : tensor<3x3x32x32xf32>} : () -> tensor<3x3x32x32xf32>
    %4055 = "stablehlo.multiply"(%3054, %4054) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4056 = "stablehlo.add"(%4053, %4055) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4057 = "stablehlo.constant"() {value = dense<0.999> : tensor<3x3x32x32xf32>} : () -> tensor<3x3x32x32xf32>
    %4058 = "stablehlo.multiply"(%arg269, %4057) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4059 = "stablehlo.constant"() {value = dense<0.001> : tensor<3x3x32x32xf32>} : () -> tensor<3x3x32x32xf32>
    %4060 = "stablehlo.multiply"(%3140, %4059) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4061 = "stablehlo.add"(%4058, %4060) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4062 = "stablehlo.broadcast_in_dim"(%3980) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<3x3x32x32xf32>
    %4063 = "stablehlo.divide"(%4056, %4062) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4064 = "stablehlo.broadcast_in_dim"(%3983) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<3x3x32x32xf32>
    %4065 = "stablehlo.divide"(%4061, %4064) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4066 = "stablehlo.sqrt"(%4065) : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4067 = "stablehlo.constant"() {value = dense<0x322BCC77> : tensor<3x3x32x32xf32>} : () -> tensor<3x3x32x32xf32>
    %4068 = "stablehlo.add"(%4066, %4067) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4069 = "stablehlo.divide"(%4063, %4068) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4070 = "stablehlo.constant"() {value = dense<0.0001> : tensor<3x3x32x32xf32>} : () -> tensor<3x3x32x32xf32>
    %4071 = "stablehlo.multiply"(%arg26, %4070) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4072 = "stablehlo.add"(%4069, %4071) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4073 = "stablehlo.broadcast_in_dim"(%3964) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<3x3x32x32xf32>
    %4074 = "stablehlo.multiply"(%4072, %4073) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4075 = "stablehlo.subtract"(%arg26, %4074) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4076 = "stablehlo.multiply"(%arg149, %3998) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4077 = "stablehlo.multiply"(%3044, %4000) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4078 = "stablehlo.add"(%4076, %4077) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4079 = "stablehlo.multiply"(%arg270, %4003) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4080 = "stablehlo.multiply"(%3147, %4005) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4081 = "stablehlo.add"(%4079, %4080) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4082 = "stablehlo.divide"(%4078, %4008) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4083 = "stablehlo.divide"(%4081, %4010) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4084 = "stablehlo.sqrt"(%4083) : (tensor<32xf32>) -> tensor<32xf32>
    %4085 = "stablehlo.add"(%4084, %4013) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4086 = "stablehlo.divide"(%4082, %4085) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4087 = "stablehlo.multiply"(%arg27, %4016) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4088 = "stablehlo.add"(%4086, %4087) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4089 = "stablehlo.multiply"(%4088, %4019) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4090 = "stablehlo.subtract"(%arg27, %4089) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4091 = "stablehlo.multiply"(%arg150, %3998) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4092 = "stablehlo.multiply"(%3009, %4000) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4093 = "stablehlo.add"(%4091, %4092) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4094 = "stablehlo.multiply"(%arg271, %4003) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4095 = "stablehlo.multiply"(%3154, %4005) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4096 = "stablehlo.add"(%4094, %4095) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4097 = "stablehlo.divide"(%4093, %4008) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4098 = "stablehlo.divide"(%4096, %4010) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4099 = "stablehlo.sqrt"(%4098) : (tensor<32xf32>) -> tensor<32xf32>
    %4100 = "stablehlo.add"(%4099, %4013) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4101 = "stablehlo.divide"(%4097, %4100) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4102 = "stablehlo.multiply"(%arg28, %4016) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4103 = "stablehlo.add"(%4101, %4102) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4104 = "stablehlo.multiply"(%4103, %4019) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4105 = "stablehlo.subtract"(%arg28, %4104) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4106 = "stablehlo.multiply"(%arg151, %3998) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4107 = "stablehlo.multiply"(%3002, %4000) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4108 = "stablehlo.add"(%4106, %4107) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4109 = "stablehlo.multiply"(%arg272, %4003) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4110 = "stablehlo.multiply"(%3161, %4005) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4111 = "stablehlo.add"(%4109, %4110) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4112 = "stablehlo.divide"(%4108, %4008) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4113 = "stablehlo.divide"(%4111, %4010) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4114 = "stablehlo.sqrt"(%4113) : (tensor<32xf32>) -> tensor<32xf32>
    %4115 = "stablehlo.add"(%4114, %4013) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4116 = "stablehlo.divide"(%4112, %4115) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4117 = "stablehlo.multiply"(%arg29, %4016) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4118 = "stablehlo.add"(%4116, %4117) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4119 = "stablehlo.multiply"(%4118, %4019) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4120 = "stablehlo.subtract"(%arg29, %4119) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4121 = "stablehlo.multiply"(%arg152, %4052) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4122 = "stablehlo.multiply"(%2994, %4054) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4123 = "stablehlo.add"(%4121, %4122) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4124 = "stablehlo.multiply"(%arg273, %4057) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4125 = "stablehlo.multiply"(%3168, %4059) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4126 = "stablehlo.add"(%4124, %4125) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4127 = "stablehlo.divide"(%4123, %4062) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4128 = "stablehlo.divide"(%4126, %4064) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4129 = "stablehlo.sqrt"(%4128) : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4130 = "stablehlo.add"(%4129, %4067) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4131 = "stablehlo.divide"(%4127, %4130) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4132 = "stablehlo.multiply"(%arg30, %4070) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4133 = "stablehlo.add"(%4131, %4132) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4134 = "stablehlo.multiply"(%4133, %4073) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4135 = "stablehlo.subtract"(%arg30, %4134) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4136 = "stablehlo.multiply"(%arg153, %3998) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4137 = "stablehlo.multiply"(%2984, %4000) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4138 = "stablehlo.add"(%4136, %4137) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4139 = "stablehlo.multiply"(%arg274, %4003) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4140 = "stablehlo.multiply"(%3175, %4005) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4141 = "stablehlo.add"(%4139, %4140) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4142 = "stablehlo.divide"(%4138, %4008) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4143 = "stablehlo.divide"(%4141, %4010) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4144 = "stablehlo.sqrt"(%4143) : (tensor<32xf32>) -> tensor<32xf32>
    %4145 = "stablehlo.add"(%4144, %4013) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4146 = "stablehlo.divide"(%4142, %4145) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4147 = "stablehlo.multiply"(%arg31, %4016) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4148 = "stablehlo.add"(%4146, %4147) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4149 = "stablehlo.multiply"(%4148, %4019) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4150 = "stablehlo.subtract"(%arg31, %4149) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4151 = "stablehlo.multiply"(%arg154, %4052) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4152 = "stablehlo.multiply"(%2982, %4054) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4153 = "stablehlo.add"(%4151, %4152) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4154 = "stablehlo.multiply"(%arg275, %4057) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4155 = "stablehlo.multiply"(%3182, %4059) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4156 = "stablehlo.add"(%4154, %4155) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4157 = "stablehlo.divide"(%4153, %4062) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4158 = "stablehlo.divide"(%4156, %4064) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4159 = "stablehlo.sqrt"(%4158) : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4160 = "stablehlo.add"(%4159, %4067) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4161 = "stablehlo.divide"(%4157, %4160) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4162 = "stablehlo.multiply"(%arg32, %4070) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4163 = "stablehlo.add"(%4161, %4162) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4164 = "stablehlo.multiply"(%4163, %4073) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4165 = "stablehlo.subtract"(%arg32, %4164) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4166 = "stablehlo.multiply"(%arg155, %3998) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4167 = "stablehlo.multiply"(%2960, %4000) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4168 = "stablehlo.add"(%4166, %4167) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4169 = "stablehlo.multiply"(%arg276, %4003) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4170 = "stablehlo.multiply"(%3189, %4005) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4171 = "stablehlo.add"(%4169, %4170) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4172 = "stablehlo.divide"(%4168, %4008) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4173 = "stablehlo.divide"(%4171, %4010) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4174 = "stablehlo.sqrt"(%4173) : (tensor<32xf32>) -> tensor<32xf32>
    %4175 = "stablehlo.add"(%4174, %4013) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4176 = "stablehlo.divide"(%4172, %4175) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4177 = "stablehlo.multiply"(%arg33, %4016) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4178 = "stablehlo.add"(%4176, %4177) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4179 = "stablehlo.multiply"(%4178, %4019) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4180 = "stablehlo.subtract"(%arg33, %4179) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4181 = "stablehlo.multiply"(%arg156, %3998) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4182 = "stablehlo.multiply"(%2924, %4000) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4183 = "stablehlo.add"(%4181, %4182) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4184 = "stablehlo.multiply"(%arg277, %4003) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4185 = "stablehlo.multiply"(%3196, %4005) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4186 = "stablehlo.add"(%4184, %4185) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4187 = "stablehlo.divide"(%4183, %4008) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4188 = "stablehlo.divide"(%4186, %4010) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4189 = "stablehlo.sqrt"(%4188) : (tensor<32xf32>) -> tensor<32xf32>
    %4190 = "stablehlo.add"(%4189, %4013) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4191 = "stablehlo.divide"(%4187, %4190) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4192 = "stablehlo.multiply"(%arg34, %4016) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4193 = "stablehlo.add"(%4191, %4192) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4194 = "stablehlo.multiply"(%4193, %4019) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4195 = "stablehlo.subtract"(%arg34, %4194) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4196 = "stablehlo.multiply"(%arg157, %3998) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4197 = "stablehlo.multiply"(%2917, %4000) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4198 = "stablehlo.add"(%4196, %4197) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4199 = "stablehlo.multiply"(%arg278, %4003) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4200 = "stablehlo.multiply"(%3203, %4005) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4201 = "stablehlo.add"(%4199, %4200) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4202 = "stablehlo.divide"(%4198, %4008) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4203 = "stablehlo.divide"(%4201, %4010) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4204 = "stablehlo.sqrt"(%4203) : (tensor<32xf32>) -> tensor<32xf32>
    %4205 = "stablehlo.add"(%4204, %4013) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4206 = "stablehlo.divide"(%4202, %4205) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4207 = "stablehlo.multiply"(%arg35, %4016) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4208 = "stablehlo.add"(%4206, %4207) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4209 = "stablehlo.multiply"(%4208, %4019) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4210 = "stablehlo.subtract"(%arg35, %4209) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4211 = "stablehlo.multiply"(%arg158, %4052) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4212 = "stablehlo.multiply"(%2909, %4054) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4213 = "stablehlo.add"(%4211, %4212) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4214 = "stablehlo.multiply"(%arg279, %4057) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4215 = "stablehlo.multiply"(%3210, %4059) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4216 = "stablehlo.add"(%4214, %4215) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4217 = "stablehlo.divide"(%4213, %4062) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4218 = "stablehlo.divide"(%4216, %4064) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4219 = "stablehlo.sqrt"(%4218) : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4220 = "stablehlo.add"(%4219, %4067) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4221 = "stablehlo.divide"(%4217, %4220) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4222 = "stablehlo.multiply"(%arg36, %4070) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4223 = "stablehlo.add"(%4221, %4222) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4224 = "stablehlo.multiply"(%4223, %4073) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4225 = "stablehlo.subtract"(%arg36, %4224) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4226 = "stablehlo.multiply"(%arg159, %3998) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4227 = "stablehlo.multiply"(%2899, %4000) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4228 = "stablehlo.add"(%4226, %4227) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4229 = "stablehlo.multiply"(%arg280, %4003) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4230 = "stablehlo.multiply"(%3217, %4005) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4231 = "stablehlo.add"(%4229, %4230) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4232 = "stablehlo.divide"(%4228, %4008) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4233 = "stablehlo.divide"(%4231, %4010) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4234 = "stablehlo.sqrt"(%4233) : (tensor<32xf32>) -> tensor<32xf32>
    %4235 = "stablehlo.add"(%4234, %4013) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4236 = "stablehlo.divide"(%4232, %4235) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4237 = "stablehlo.multiply"(%arg37, %4016) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4238 = "stablehlo.add"(%4236, %4237) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4239 = "stablehlo.multiply"(%4238, %4019) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4240 = "stablehlo.subtract"(%arg37, %4239) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4241 = "stablehlo.multiply"(%arg160, %3998) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4242 = "stablehlo.multiply"(%2864, %4000) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4243 = "stablehlo.add"(%4241, %4242) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4244 = "stablehlo.multiply"(%arg281, %4003) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4245 = "stablehlo.multiply"(%3224, %4005) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4246 = "stablehlo.add"(%4244, %4245) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4247 = "stablehlo.divide"(%4243, %4008) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4248 = "stablehlo.divide"(%4246, %4010) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4249 = "stablehlo.sqrt"(%4248) : (tensor<32xf32>) -> tensor<32xf32>
    %4250 = "stablehlo.add"(%4249, %4013) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4251 = "stablehlo.divide"(%4247, %4250) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4252 = "stablehlo.multiply"(%arg38, %4016) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4253 = "stablehlo.add"(%4251, %4252) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4254 = "stablehlo.multiply"(%4253, %4019) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4255 = "stablehlo.subtract"(%arg38, %4254) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4256 = "stablehlo.multiply"(%arg161, %3998) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4257 = "stablehlo.multiply"(%2857, %4000) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4258 = "stablehlo.add"(%4256, %4257) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4259 = "stablehlo.multiply"(%arg282, %4003) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4260 = "stablehlo.multiply"(%3231, %4005) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4261 = "stablehlo.add"(%4259, %4260) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4262 = "stablehlo.divide"(%4258, %4008) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4263 = "stablehlo.divide"(%4261, %4010) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4264 = "stablehlo.sqrt"(%4263) : (tensor<32xf32>) -> tensor<32xf32>
    %4265 = "stablehlo.add"(%4264, %4013) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4266 = "stablehlo.divide"(%4262, %4265) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4267 = "stablehlo.multiply"(%arg39, %4016) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4268 = "stablehlo.add"(%4266, %4267) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4269 = "stablehlo.multiply"(%4268, %4019) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4270 = "stablehlo.subtract"(%arg39, %4269) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4271 = "stablehlo.multiply"(%arg162, %4052) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4272 = "stablehlo.multiply"(%2849, %4054) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4273 = "stablehlo.add"(%4271, %4272) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4274 = "stablehlo.multiply"(%arg283, %4057) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4275 = "stablehlo.multiply"(%3238, %4059) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4276 = "stablehlo.add"(%4274, %4275) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4277 = "stablehlo.divide"(%4273, %4062) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4278 = "stablehlo.divide"(%4276, %4064) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4279 = "stablehlo.sqrt"(%4278) : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4280 = "stablehlo.add"(%4279, %4067) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4281 = "stablehlo.divide"(%4277, %4280) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4282 = "stablehlo.multiply"(%arg40, %4070) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4283 = "stablehlo.add"(%4281, %4282) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4284 = "stablehlo.multiply"(%4283, %4073) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4285 = "stablehlo.subtract"(%arg40, %4284) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4286 = "stablehlo.multiply"(%arg163, %3998) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4287 = "stablehlo.multiply"(%2839, %4000) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4288 = "stablehlo.add"(%4286, %4287) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4289 = "stablehlo.multiply"(%arg284, %4003) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4290 = "stablehlo.multiply"(%3245, %4005) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4291 = "stablehlo.add"(%4289, %4290) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4292 = "stablehlo.divide"(%4288, %4008) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4293 = "stablehlo.divide"(%4291, %4010) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4294 = "stablehlo.sqrt"(%4293) : (tensor<32xf32>) -> tensor<32xf32>
    %4295 = "stablehlo.add"(%4294, %4013) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4296 = "stablehlo.divide"(%4292, %4295) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4297 = "stablehlo.multiply"(%arg41, %4016) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4298 = "stablehlo.add"(%4296, %4297) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4299 = "stablehlo.multiply"(%4298, %4019) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4300 = "stablehlo.subtract"(%arg41, %4299) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4301 = "stablehlo.multiply"(%arg164, %3998) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4302 = "stablehlo.multiply"(%2803, %4000) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4303 = "stablehlo.add"(%4301, %4302) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4304 = "stablehlo.multiply"(%arg285, %4003) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4305 = "stablehlo.multiply"(%3252, %4005) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4306 = "stablehlo.add"(%4304, %4305) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4307 = "stablehlo.divide"(%4303, %4008) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4308 = "stablehlo.divide"(%4306, %4010) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4309 = "stablehlo.sqrt"(%4308) : (tensor<32xf32>) -> tensor<32xf32>
    %4310 = "stablehlo.add"(%4309, %4013) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4311 = "stablehlo.divide"(%4307, %4310) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4312 = "stablehlo.multiply"(%arg42, %4016) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4313 = "stablehlo.add"(%4311, %4312) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4314 = "stablehlo.multiply"(%4313, %4019) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4315 = "stablehlo.subtract"(%arg42, %4314) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4316 = "stablehlo.multiply"(%arg165, %3998) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4317 = "stablehlo.multiply"(%2796, %4000) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4318 = "stablehlo.add"(%4316, %4317) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4319 = "stablehlo.multiply"(%arg286, %4003) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4320 = "stablehlo.multiply"(%3259, %4005) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4321 = "stablehlo.add"(%4319, %4320) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4322 = "stablehlo.divide"(%4318, %4008) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4323 = "stablehlo.divide"(%4321, %4010) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4324 = "stablehlo.sqrt"(%4323) : (tensor<32xf32>) -> tensor<32xf32>
    %4325 = "stablehlo.add"(%4324, %4013) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4326 = "stablehlo.divide"(%4322, %4325) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4327 = "stablehlo.multiply"(%arg43, %4016) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4328 = "stablehlo.add"(%4326, %4327) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4329 = "stablehlo.multiply"(%4328, %4019) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4330 = "stablehlo.subtract"(%arg43, %4329) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4331 = "stablehlo.multiply"(%arg166, %4052) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4332 = "stablehlo.multiply"(%2788, %4054) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4333 = "stablehlo.add"(%4331, %4332) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4334 = "stablehlo.multiply"(%arg287, %4057) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4335 = "stablehlo.multiply"(%3266, %4059) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4336 = "stablehlo.add"(%4334, %4335) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4337 = "stablehlo.divide"(%4333, %4062) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4338 = "stablehlo.divide"(%4336, %4064) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4339 = "stablehlo.sqrt"(%4338) : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4340 = "stablehlo.add"(%4339, %4067) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4341 = "stablehlo.divide"(%4337, %4340) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4342 = "stablehlo.multiply"(%arg44, %4070) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4343 = "stablehlo.add"(%4341, %4342) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4344 = "stablehlo.multiply"(%4343, %4073) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4345 = "stablehlo.subtract"(%arg44, %4344) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4346 = "stablehlo.multiply"(%arg167, %3998) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4347 = "stablehlo.multiply"(%2778, %4000) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4348 = "stablehlo.add"(%4346, %4347) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4349 = "stablehlo.multiply"(%arg288, %4003) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4350 = "stablehlo.multiply"(%3273, %4005) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4351 = "stablehlo.add"(%4349, %4350) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4352 = "stablehlo.divide"(%4348, %4008) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4353 = "stablehlo.divide"(%4351, %4010) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4354 = "stablehlo.sqrt"(%4353) : (tensor<32xf32>) -> tensor<32xf32>
    %4355 = "stablehlo.add"(%4354, %4013) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4356 = "stablehlo.divide"(%4352, %4355) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4357 = "stablehlo.multiply"(%arg45, %4016) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4358 = "stablehlo.add"(%4356, %4357) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4359 = "stablehlo.multiply"(%4358, %4019) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4360 = "stablehlo.subtract"(%arg45, %4359) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4361 = "stablehlo.multiply"(%arg168, %3998) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4362 = "stablehlo.multiply"(%2743, %4000) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4363 = "stablehlo.add"(%4361, %4362) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4364 = "stablehlo.multiply"(%arg289, %4003) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4365 = "stablehlo.multiply"(%3280, %4005) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4366 = "stablehlo.add"(%4364, %4365) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4367 = "stablehlo.divide"(%4363, %4008) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4368 = "stablehlo.divide"(%4366, %4010) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4369 = "stablehlo.sqrt"(%4368) : (tensor<32xf32>) -> tensor<32xf32>
    %4370 = "stablehlo.add"(%4369, %4013) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4371 = "stablehlo.divide"(%4367, %4370) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4372 = "stablehlo.multiply"(%arg46, %4016) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4373 = "stablehlo.add"(%4371, %4372) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4374 = "stablehlo.multiply"(%4373, %4019) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4375 = "stablehlo.subtract"(%arg46, %4374) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4376 = "stablehlo.multiply"(%arg169, %3998) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4377 = "stablehlo.multiply"(%2736, %4000) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4378 = "stablehlo.add"(%4376, %4377) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4379 = "stablehlo.multiply"(%arg290, %4003) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4380 = "stablehlo.multiply"(%3287, %4005) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4381 = "stablehlo.add"(%4379, %4380) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4382 = "stablehlo.divide"(%4378, %4008) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4383 = "stablehlo.divide"(%4381, %4010) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4384 = "stablehlo.sqrt"(%4383) : (tensor<32xf32>) -> tensor<32xf32>
    %4385 = "stablehlo.add"(%4384, %4013) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4386 = "stablehlo.divide"(%4382, %4385) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4387 = "stablehlo.multiply"(%arg47, %4016) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4388 = "stablehlo.add"(%4386, %4387) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4389 = "stablehlo.multiply"(%4388, %4019) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4390 = "stablehlo.subtract"(%arg47, %4389) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4391 = "stablehlo.multiply"(%arg170, %4052) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4392 = "stablehlo.multiply"(%2728, %4054) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4393 = "stablehlo.add"(%4391, %4392) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4394 = "stablehlo.multiply"(%arg291, %4057) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4395 = "stablehlo.multiply"(%3294, %4059) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4396 = "stablehlo.add"(%4394, %4395) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4397 = "stablehlo.divide"(%4393, %4062) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4398 = "stablehlo.divide"(%4396, %4064) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4399 = "stablehlo.sqrt"(%4398) : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4400 = "stablehlo.add"(%4399, %4067) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4401 = "stablehlo.divide"(%4397, %4400) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4402 = "stablehlo.multiply"(%arg48, %4070) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4403 = "stablehlo.add"(%4401, %4402) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4404 = "stablehlo.multiply"(%4403, %4073) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4405 = "stablehlo.subtract"(%arg48, %4404) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4406 = "stablehlo.multiply"(%arg171, %3998) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4407 = "stablehlo.multiply"(%2718, %4000) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4408 = "stablehlo.add"(%4406, %4407) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4409 = "stablehlo.multiply"(%arg292, %4003) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4410 = "stablehlo.multiply"(%3301, %4005) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4411 = "stablehlo.add"(%4409, %4410) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4412 = "stablehlo.divide"(%4408, %4008) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4413 = "stablehlo.divide"(%4411, %4010) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4414 = "stablehlo.sqrt"(%4413) : (tensor<32xf32>) -> tensor<32xf32>
    %4415 = "stablehlo.add"(%4414, %4013) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4416 = "stablehlo.divide"(%4412, %4415) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4417 = "stablehlo.multiply"(%arg49, %4016) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4418 = "stablehlo.add"(%4416, %4417) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4419 = "stablehlo.multiply"(%4418, %4019) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4420 = "stablehlo.subtract"(%arg49, %4419) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4421 = "stablehlo.multiply"(%arg172, %3998) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4422 = "stablehlo.multiply"(%2682, %4000) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4423 = "stablehlo.add"(%4421, %4422) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4424 = "stablehlo.multiply"(%arg293, %4003) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4425 = "stablehlo.multiply"(%3308, %4005) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4426 = "stablehlo.add"(%4424, %4425) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4427 = "stablehlo.divide"(%4423, %4008) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4428 = "stablehlo.divide"(%4426, %4010) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4429 = "stablehlo.sqrt"(%4428) : (tensor<32xf32>) -> tensor<32xf32>
    %4430 = "stablehlo.add"(%4429, %4013) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4431 = "stablehlo.divide"(%4427, %4430) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4432 = "stablehlo.multiply"(%arg50, %4016) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4433 = "stablehlo.add"(%4431, %4432) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4434 = "stablehlo.multiply"(%4433, %4019) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4435 = "stablehlo.subtract"(%arg50, %4434) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4436 = "stablehlo.multiply"(%arg173, %3998) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4437 = "stablehlo.multiply"(%2675, %4000) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4438 = "stablehlo.add"(%4436, %4437) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4439 = "stablehlo.multiply"(%arg294, %4003) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4440 = "stablehlo.multiply"(%3315, %4005) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4441 = "stablehlo.add"(%4439, %4440) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4442 = "stablehlo.divide"(%4438, %4008) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4443 = "stablehlo.divide"(%4441, %4010) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4444 = "stablehlo.sqrt"(%4443) : (tensor<32xf32>) -> tensor<32xf32>
    %4445 = "stablehlo.add"(%4444, %4013) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4446 = "stablehlo.divide"(%4442, %4445) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4447 = "stablehlo.multiply"(%arg51, %4016) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4448 = "stablehlo.add"(%4446, %4447) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4449 = "stablehlo.multiply"(%4448, %4019) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4450 = "stablehlo.subtract"(%arg51, %4449) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4451 = "stablehlo.constant"() {value = dense<0.9> : tensor<1x1x32x32xf32>} : () -> tensor<1x1x32x32xf32>
    %4452 = "stablehlo.multiply"(%arg174, %4451) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %4453 = "stablehlo.constant"() {value = dense<0.1> : tensor<1x1x32x32xf32>} : () -> tensor<1x1x32x32xf32>
    %4454 = "stablehlo.multiply"(%2672, %4453) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %4455 = "stablehlo.add"(%4452, %4454) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %4456 = "stablehlo.constant"() {value = dense<0.999> : tensor<1x1x32x32xf32>} : () -> tensor<1x1x32x32xf32>
    %4457 = "stablehlo.multiply"(%arg295, %4456) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %4458 = "stablehlo.constant"() {value = dense<0.001> : tensor<1x1x32x32xf32>} : () -> tensor<1x1x32x32xf32>
    %4459 = "stablehlo.multiply"(%3322, %4458) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %4460 = "stablehlo.add"(%4457, %4459) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %4461 = "stablehlo.broadcast_in_dim"(%3980) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1x32x32xf32>
    %4462 = "stablehlo.divide"(%4455, %4461) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %4463 = "stablehlo.broadcast_in_dim"(%3983) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1x32x32xf32>
    %4464 = "stablehlo.divide"(%4460, %4463) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %4465 = "stablehlo.sqrt"(%4464) : (tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %4466 = "stablehlo.constant"() {value = dense<0x322BCC77> : tensor<1x1x32x32xf32>} : () -> tensor<1x1x32x32xf32>
    %4467 = "stablehlo.add"(%4465, %4466) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %4468 = "stablehlo.divide"(%4462, %4467) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %4469 = "stablehlo.constant"() {value = dense<0.0001> : tensor<1x1x32x32xf32>} : () -> tensor<1x1x32x32xf32>
    %4470 = "stablehlo.multiply"(%arg52, %4469) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %4471 = "stablehlo.add"(%4468, %4470) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %4472 = "stablehlo.broadcast_in_dim"(%3964) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1x32x32xf32>
    %4473 = "stablehlo.multiply"(%4471, %4472) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %4474 = "stablehlo.subtract"(%arg52, %4473) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %4475 = "stablehlo.multiply"(%arg175, %3998) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4476 = "stablehlo.multiply"(%2663, %4000) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4477 = "stablehlo.add"(%4475, %4476) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4478 = "stablehlo.multiply"(%arg296, %4003) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4479 = "stablehlo.multiply"(%3329, %4005) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4480 = "stablehlo.add"(%4478, %4479) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4481 = "stablehlo.divide"(%4477, %4008) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4482 = "stablehlo.divide"(%4480, %4010) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4483 = "stablehlo.sqrt"(%4482) : (tensor<32xf32>) -> tensor<32xf32>
    %4484 = "stablehlo.add"(%4483, %4013) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4485 = "stablehlo.divide"(%4481, %4484) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4486 = "stablehlo.multiply"(%arg53, %4016) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4487 = "stablehlo.add"(%4485, %4486) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4488 = "stablehlo.multiply"(%4487, %4019) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4489 = "stablehlo.subtract"(%arg53, %4488) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4490 = "stablehlo.multiply"(%arg176, %4451) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %4491 = "stablehlo.multiply"(%2659, %4453) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %4492 = "stablehlo.add"(%4490, %4491) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %4493 = "stablehlo.multiply"(%arg297, %4456) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %4494 = "stablehlo.multiply"(%3336, %4458) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %4495 = "stablehlo.add"(%4493, %4494) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %4496 = "stablehlo.divide"(%4492, %4461) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %4497 = "stablehlo.divide"(%4495, %4463) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %4498 = "stablehlo.sqrt"(%4497) : (tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %4499 = "stablehlo.add"(%4498, %4466) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %4500 = "stablehlo.divide"(%4496, %4499) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %4501 = "stablehlo.multiply"(%arg54, %4469) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %4502 = "stablehlo.add"(%4500, %4501) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %4503 = "stablehlo.multiply"(%4502, %4472) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %4504 = "stablehlo.subtract"(%arg54, %4503) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %4505 = "stablehlo.multiply"(%arg177, %3998) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4506 = "stablehlo.multiply"(%2650, %4000) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4507 = "stablehlo.add"(%4505, %4506) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4508 = "stablehlo.multiply"(%arg298, %4003) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4509 = "stablehlo.multiply"(%3343, %4005) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4510 = "stablehlo.add"(%4508, %4509) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4511 = "stablehlo.divide"(%4507, %4008) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4512 = "stablehlo.divide"(%4510, %4010) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4513 = "stablehlo.sqrt"(%4512) : (tensor<32xf32>) -> tensor<32xf32>
    %4514 = "stablehlo.add"(%4513, %4013) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4515 = "stablehlo.divide"(%4511, %4514) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4516 = "stablehlo.multiply"(%arg55, %4016) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4517 = "stablehlo.add"(%4515, %4516) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4518 = "stablehlo.multiply"(%4517, %4019) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4519 = "stablehlo.subtract"(%arg55, %4518) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4520 = "stablehlo.multiply"(%arg178, %4451) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %4521 = "stablehlo.multiply"(%2647, %4453) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %4522 = "stablehlo.add"(%4520, %4521) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %4523 = "stablehlo.multiply"(%arg299, %4456) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %4524 = "stablehlo.multiply"(%3350, %4458) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %4525 = "stablehlo.add"(%4523, %4524) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %4526 = "stablehlo.divide"(%4522, %4461) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %4527 = "stablehlo.divide"(%4525, %4463) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %4528 = "stablehlo.sqrt"(%4527) : (tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %4529 = "stablehlo.add"(%4528, %4466) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %4530 = "stablehlo.divide"(%4526, %4529) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %4531 = "stablehlo.multiply"(%arg56, %4469) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %4532 = "stablehlo.add"(%4530, %4531) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %4533 = "stablehlo.multiply"(%4532, %4472) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %4534 = "stablehlo.subtract"(%arg56, %4533) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %4535 = "stablehlo.multiply"(%arg179, %3998) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4536 = "stablehlo.multiply"(%2637, %4000) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4537 = "stablehlo.add"(%4535, %4536) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4538 = "stablehlo.multiply"(%arg300, %4003) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4539 = "stablehlo.multiply"(%3357, %4005) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4540 = "stablehlo.add"(%4538, %4539) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4541 = "stablehlo.divide"(%4537, %4008) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4542 = "stablehlo.divide"(%4540, %4010) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4543 = "stablehlo.sqrt"(%4542) : (tensor<32xf32>) -> tensor<32xf32>
    %4544 = "stablehlo.add"(%4543, %4013) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4545 = "stablehlo.divide"(%4541, %4544) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4546 = "stablehlo.multiply"(%arg57, %4016) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4547 = "stablehlo.add"(%4545, %4546) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4548 = "stablehlo.multiply"(%4547, %4019) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4549 = "stablehlo.subtract"(%arg57, %4548) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4550 = "stablehlo.multiply"(%arg180, %4451) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %4551 = "stablehlo.multiply"(%2613, %4453) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %4552 = "stablehlo.add"(%4550, %4551) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %4553 = "stablehlo.multiply"(%arg301, %4456) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %4554 = "stablehlo.multiply"(%3364, %4458) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %4555 = "stablehlo.add"(%4553, %4554) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %4556 = "stablehlo.divide"(%4552, %4461) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %4557 = "stablehlo.divide"(%4555, %4463) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %4558 = "stablehlo.sqrt"(%4557) : (tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %4559 = "stablehlo.add"(%4558, %4466) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %4560 = "stablehlo.divide"(%4556, %4559) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %4561 = "stablehlo.multiply"(%arg58, %4469) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %4562 = "stablehlo.add"(%4560, %4561) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %4563 = "stablehlo.multiply"(%4562, %4472) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %4564 = "stablehlo.subtract"(%arg58, %4563) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %4565 = "stablehlo.multiply"(%arg181, %3998) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4566 = "stablehlo.multiply"(%2603, %4000) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4567 = "stablehlo.add"(%4565, %4566) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4568 = "stablehlo.multiply"(%arg302, %4003) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4569 = "stablehlo.multiply"(%3371, %4005) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4570 = "stablehlo.add"(%4568, %4569) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4571 = "stablehlo.divide"(%4567, %4008) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4572 = "stablehlo.divide"(%4570, %4010) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4573 = "stablehlo.sqrt"(%4572) : (tensor<32xf32>) -> tensor<32xf32>
    %4574 = "stablehlo.add"(%4573, %4013) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4575 = "stablehlo.divide"(%4571, %4574) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4576 = "stablehlo.multiply"(%arg59, %4016) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4577 = "stablehlo.add"(%4575, %4576) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4578 = "stablehlo.multiply"(%4577, %4019) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4579 = "stablehlo.subtract"(%arg59, %4578) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4580 = "stablehlo.multiply"(%arg182, %3998) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4581 = "stablehlo.multiply"(%2567, %4000) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4582 = "stablehlo.add"(%4580, %4581) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4583 = "stablehlo.multiply"(%arg303, %4003) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4584 = "stablehlo.multiply"(%3378, %4005) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4585 = "stablehlo.add"(%4583, %4584) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4586 = "stablehlo.divide"(%4582, %4008) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4587 = "stablehlo.divide"(%4585, %4010) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4588 = "stablehlo.sqrt"(%4587) : (tensor<32xf32>) -> tensor<32xf32>
    %4589 = "stablehlo.add"(%4588, %4013) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4590 = "stablehlo.divide"(%4586, %4589) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4591 = "stablehlo.multiply"(%arg60, %4016) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4592 = "stablehlo.add"(%4590, %4591) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4593 = "stablehlo.multiply"(%4592, %4019) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4594 = "stablehlo.subtract"(%arg60, %4593) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4595 = "stablehlo.multiply"(%arg183, %3998) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4596 = "stablehlo.multiply"(%2560, %4000) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4597 = "stablehlo.add"(%4595, %4596) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4598 = "stablehlo.multiply"(%arg304, %4003) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4599 = "stablehlo.multiply"(%3385, %4005) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4600 = "stablehlo.add"(%4598, %4599) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4601 = "stablehlo.divide"(%4597, %4008) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4602 = "stablehlo.divide"(%4600, %4010) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4603 = "stablehlo.sqrt"(%4602) : (tensor<32xf32>) -> tensor<32xf32>
    %4604 = "stablehlo.add"(%4603, %4013) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4605 = "stablehlo.divide"(%4601, %4604) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4606 = "stablehlo.multiply"(%arg61, %4016) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4607 = "stablehlo.add"(%4605, %4606) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4608 = "stablehlo.multiply"(%4607, %4019) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4609 = "stablehlo.subtract"(%arg61, %4608) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4610 = "stablehlo.multiply"(%arg184, %4052) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4611 = "stablehlo.multiply"(%2552, %4054) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4612 = "stablehlo.add"(%4610, %4611) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4613 = "stablehlo.multiply"(%arg305, %4057) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4614 = "stablehlo.multiply"(%3392, %4059) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4615 = "stablehlo.add"(%4613, %4614) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4616 = "stablehlo.divide"(%4612, %4062) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4617 = "stablehlo.divide"(%4615, %4064) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4618 = "stablehlo.sqrt"(%4617) : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4619 = "stablehlo.add"(%4618, %4067) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4620 = "stablehlo.divide"(%4616, %4619) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4621 = "stablehlo.multiply"(%arg62, %4070) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4622 = "stablehlo.add"(%4620, %4621) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4623 = "stablehlo.multiply"(%4622, %4073) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4624 = "stablehlo.subtract"(%arg62, %4623) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4625 = "stablehlo.multiply"(%arg185, %3998) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4626 = "stablehlo.multiply"(%2542, %4000) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4627 = "stablehlo.add"(%4625, %4626) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4628 = "stablehlo.multiply"(%arg306, %4003) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4629 = "stablehlo.multiply"(%3399, %4005) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4630 = "stablehlo.add"(%4628, %4629) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4631 = "stablehlo.divide"(%4627, %4008) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4632 = "stablehlo.divide"(%4630, %4010) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4633 = "stablehlo.sqrt"(%4632) : (tensor<32xf32>) -> tensor<32xf32>
    %4634 = "stablehlo.add"(%4633, %4013) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4635 = "stablehlo.divide"(%4631, %4634) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4636 = "stablehlo.multiply"(%arg63, %4016) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4637 = "stablehlo.add"(%4635, %4636) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4638 = "stablehlo.multiply"(%4637, %4019) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4639 = "stablehlo.subtract"(%arg63, %4638) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4640 = "stablehlo.multiply"(%arg186, %3998) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4641 = "stablehlo.multiply"(%2507, %4000) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4642 = "stablehlo.add"(%4640, %4641) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4643 = "stablehlo.multiply"(%arg307, %4003) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4644 = "stablehlo.multiply"(%3406, %4005) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4645 = "stablehlo.add"(%4643, %4644) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4646 = "stablehlo.divide"(%4642, %4008) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4647 = "stablehlo.divide"(%4645, %4010) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4648 = "stablehlo.sqrt"(%4647) : (tensor<32xf32>) -> tensor<32xf32>
    %4649 = "stablehlo.add"(%4648, %4013) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4650 = "stablehlo.divide"(%4646, %4649) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4651 = "stablehlo.multiply"(%arg64, %4016) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4652 = "stablehlo.add"(%4650, %4651) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4653 = "stablehlo.multiply"(%4652, %4019) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4654 = "stablehlo.subtract"(%arg64, %4653) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4655 = "stablehlo.multiply"(%arg187, %3998) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4656 = "stablehlo.multiply"(%2500, %4000) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4657 = "stablehlo.add"(%4655, %4656) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4658 = "stablehlo.multiply"(%arg308, %4003) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4659 = "stablehlo.multiply"(%3413, %4005) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4660 = "stablehlo.add"(%4658, %4659) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4661 = "stablehlo.divide"(%4657, %4008) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4662 = "stablehlo.divide"(%4660, %4010) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4663 = "stablehlo.sqrt"(%4662) : (tensor<32xf32>) -> tensor<32xf32>
    %4664 = "stablehlo.add"(%4663, %4013) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4665 = "stablehlo.divide"(%4661, %4664) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4666 = "stablehlo.multiply"(%arg65, %4016) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4667 = "stablehlo.add"(%4665, %4666) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4668 = "stablehlo.multiply"(%4667, %4019) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4669 = "stablehlo.subtract"(%arg65, %4668) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4670 = "stablehlo.multiply"(%arg188, %4052) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4671 = "stablehlo.multiply"(%2492, %4054) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4672 = "stablehlo.add"(%4670, %4671) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4673 = "stablehlo.multiply"(%arg309, %4057) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4674 = "stablehlo.multiply"(%3420, %4059) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4675 = "stablehlo.add"(%4673, %4674) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4676 = "stablehlo.divide"(%4672, %4062) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4677 = "stablehlo.divide"(%4675, %4064) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4678 = "stablehlo.sqrt"(%4677) : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4679 = "stablehlo.add"(%4678, %4067) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4680 = "stablehlo.divide"(%4676, %4679) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4681 = "stablehlo.multiply"(%arg66, %4070) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4682 = "stablehlo.add"(%4680, %4681) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4683 = "stablehlo.multiply"(%4682, %4073) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4684 = "stablehlo.subtract"(%arg66, %4683) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4685 = "stablehlo.multiply"(%arg189, %3998) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4686 = "stablehlo.multiply"(%2482, %4000) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4687 = "stablehlo.add"(%4685, %4686) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4688 = "stablehlo.multiply"(%arg310, %4003) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4689 = "stablehlo.multiply"(%3427, %4005) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4690 = "stablehlo.add"(%4688, %4689) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4691 = "stablehlo.divide"(%4687, %4008) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4692 = "stablehlo.divide"(%4690, %4010) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4693 = "stablehlo.sqrt"(%4692) : (tensor<32xf32>) -> tensor<32xf32>
    %4694 = "stablehlo.add"(%4693, %4013) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4695 = "stablehlo.divide"(%4691, %4694) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4696 = "stablehlo.multiply"(%arg67, %4016) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4697 = "stablehlo.add"(%4695, %4696) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4698 = "stablehlo.multiply"(%4697, %4019) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4699 = "stablehlo.subtract"(%arg67, %4698) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4700 = "stablehlo.multiply"(%arg190, %3998) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4701 = "stablehlo.multiply"(%2447, %4000) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4702 = "stablehlo.add"(%4700, %4701) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4703 = "stablehlo.multiply"(%arg311, %4003) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4704 = "stablehlo.multiply"(%3434, %4005) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4705 = "stablehlo.add"(%4703, %4704) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4706 = "stablehlo.divide"(%4702, %4008) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4707 = "stablehlo.divide"(%4705, %4010) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4708 = "stablehlo.sqrt"(%4707) : (tensor<32xf32>) -> tensor<32xf32>
    %4709 = "stablehlo.add"(%4708, %4013) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4710 = "stablehlo.divide"(%4706, %4709) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4711 = "stablehlo.multiply"(%arg68, %4016) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4712 = "stablehlo.add"(%4710, %4711) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4713 = "stablehlo.multiply"(%4712, %4019) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4714 = "stablehlo.subtract"(%arg68, %4713) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4715 = "stablehlo.multiply"(%arg191, %3998) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4716 = "stablehlo.multiply"(%2440, %4000) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4717 = "stablehlo.add"(%4715, %4716) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4718 = "stablehlo.multiply"(%arg312, %4003) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4719 = "stablehlo.multiply"(%3441, %4005) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4720 = "stablehlo.add"(%4718, %4719) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4721 = "stablehlo.divide"(%4717, %4008) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4722 = "stablehlo.divide"(%4720, %4010) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4723 = "stablehlo.sqrt"(%4722) : (tensor<32xf32>) -> tensor<32xf32>
    %4724 = "stablehlo.add"(%4723, %4013) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4725 = "stablehlo.divide"(%4721, %4724) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4726 = "stablehlo.multiply"(%arg69, %4016) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4727 = "stablehlo.add"(%4725, %4726) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4728 = "stablehlo.multiply"(%4727, %4019) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4729 = "stablehlo.subtract"(%arg69, %4728) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4730 = "stablehlo.constant"() {value = dense<0.9> : tensor<3x3x32x16xf32>} : () -> tensor<3x3x32x16xf32>
    %4731 = "stablehlo.multiply"(%arg192, %4730) : (tensor<3x3x32x16xf32>, tensor<3x3x32x16xf32>) -> tensor<3x3x32x16xf32>
    %4732 = "stablehlo.constant"() {value = dense<0.1> : tensor<3x3x32x16xf32>} : () -> tensor<3x3x32x16xf32>
    %4733 = "stablehlo.multiply"(%2432, %4732) : (tensor<3x3x32x16xf32>, tensor<3x3x32x16xf32>) -> tensor<3x3x32x16xf32>
    %4734 = "stablehlo.add"(%4731, %4733) : (tensor<3x3x32x16xf32>, tensor<3x3x32x16xf32>) -> tensor<3x3x32x16xf32>
    %4735 = "stablehlo.constant"() {value = dense<0.999> : tensor<3x3x32x16xf32>} : () -> tensor<3x3x32x16xf32>
    %4736 = "stablehlo.multiply"(%arg313, %4735) : (tensor<3x3x32x16xf32>, tensor<3x3x32x16xf32>) -> tensor<3x3x32x16xf32>
    %4737 = "stablehlo.constant"() {value = dense<0.001> : tensor<3x3x32x16xf32>} : () -> tensor<3x3x32x16xf32>
    %4738 = "stablehlo.multiply"(%3448, %4737) : (tensor<3x3x32x16xf32>, tensor<3x3x32x16xf32>) -> tensor<3x3x32x16xf32>
    %4739 = "stablehlo.add"(%4736, %4738) : (tensor<3x3x32x16xf32>, tensor<3x3x32x16xf32>) -> tensor<3x3x32x16xf32>
    %4740 = "stablehlo.broadcast_in_dim"(%3980) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<3x3x32x16xf32>
    %4741 = "stablehlo.divide"(%4734, %4740) : (tensor<3x3x32x16xf32>, tensor<3x3x32x16xf32>) -> tensor<3x3x32x16xf32>
    %4742 = "stablehlo.broadcast_in_dim"(%3983) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<3x3x32x16xf32>
    %4743 = "stablehlo.divide"(%4739, %4742) : (tensor<3x3x32x16xf32>, tensor<3x3x32x16xf32>) -> tensor<3x3x32x16xf32>
    %4744 = "stablehlo.sqrt"(%4743) : (tensor<3x3x32x16xf32>) -> tensor<3x3x32x16xf32>
    %4745 = "stablehlo.constant"() {value = dense<0x322BCC77> : tensor<3x3x32x16xf32>} : () -> tensor<3x3x32x16xf32>
    %4746 = "stablehlo.add"(%4744, %4745) : (tensor<3x3x32x16xf32>, tensor<3x3x32x16xf32>) -> tensor<3x3x32x16xf32>
    %4747 = "stablehlo.divide"(%4741, %4746) : (tensor<3x3x32x16xf32>, tensor<3x3x32x16xf32>) -> tensor<3x3x32x16xf32>
    %4748 = "stablehlo.constant"() {value = dense<0.0001> : tensor<3x3x32x16xf32>} : () -> tensor<3x3x32x16xf32>
    %4749 = "stablehlo.multiply"(%arg70, %4748) : (tensor<3x3x32x16xf32>, tensor<3x3x32x16xf32>) -> tensor<3x3x32x16xf32>
    %4750 = "stablehlo.add"(%4747, %4749) : (tensor<3x3x32x16xf32>, tensor<3x3x32x16xf32>) -> tensor<3x3x32x16xf32>
    %4751 = "stablehlo.broadcast_in_dim"(%3964) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<3x3x32x16xf32>
    %4752 = "stablehlo.multiply"(%4750, %4751) : (tensor<3x3x32x16xf32>, tensor<3x3x32x16xf32>) -> tensor<3x3x32x16xf32>
    %4753 = "stablehlo.subtract"(%arg70, %4752) : (tensor<3x3x32x16xf32>, tensor<3x3x32x16xf32>) -> tensor<3x3x32x16xf32>
    %4754 = "stablehlo.constant"() {value = dense<0.9> : tensor<16xf32>} : () -> tensor<16xf32>
    %4755 = "stablehlo.multiply"(%arg193, %4754) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %4756 = "stablehlo.constant"() {value = dense<0.1> : tensor<16xf32>} : () -> tensor<16xf32>
    %4757 = "stablehlo.multiply"(%2422, %4756) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %4758 = "stablehlo.add"(%4755, %4757) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %4759 = "stablehlo.constant"() {value = dense<0.999> : tensor<16xf32>} : () -> tensor<16xf32>
    %4760 = "stablehlo.multiply"(%arg314, %4759) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %4761 = "stablehlo.constant"() {value = dense<0.001> : tensor<16xf32>} : () -> tensor<16xf32>
    %4762 = "stablehlo.multiply"(%3455, %4761) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %4763 = "stablehlo.add"(%4760, %4762) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %4764 = "stablehlo.broadcast_in_dim"(%3980) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<16xf32>
    %4765 = "stablehlo.divide"(%4758, %4764) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %4766 = "stablehlo.broadcast_in_dim"(%3983) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<16xf32>
    %4767 = "stablehlo.divide"(%4763, %4766) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %4768 = "stablehlo.sqrt"(%4767) : (tensor<16xf32>) -> tensor<16xf32>
    %4769 = "stablehlo.constant"() {value = dense<0x322BCC77> : tensor<16xf32>} : () -> tensor<16xf32>
    %4770 = "stablehlo.add"(%4768, %4769) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %4771 = "stablehlo.divide"(%4765, %4770) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %4772 = "stablehlo.constant"() {value = dense<0.0001> : tensor<16xf32>} : () -> tensor<16xf32>
    %4773 = "stablehlo.multiply"(%arg71, %4772) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %4774 = "stablehlo.add"(%4771, %4773) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %4775 = "stablehlo.broadcast_in_dim"(%3964) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<16xf32>
    %4776 = "stablehlo.multiply"(%4774, %4775) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %4777 = "stablehlo.subtract"(%arg71, %4776) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %4778 = "stablehlo.constant"() {value = dense<0.9> : tensor<1x1x16x16xf32>} : () -> tensor<1x1x16x16xf32>
    %4779 = "stablehlo.multiply"(%arg194, %4778) : (tensor<1x1x16x16xf32>, tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %4780 = "stablehlo.constant"() {value = dense<0.1> : tensor<1x1x16x16xf32>} : () -> tensor<1x1x16x16xf32>
    %4781 = "stablehlo.multiply"(%2420, %4780) : (tensor<1x1x16x16xf32>, tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %4782 = "stablehlo.add"(%4779, %4781) : (tensor<1x1x16x16xf32>, tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %4783 = "stablehlo.constant"() {value = dense<0.999> : tensor<1x1x16x16xf32>} : () -> tensor<1x1x16x16xf32>
    %4784 = "stablehlo.multiply"(%arg315, %4783) : (tensor<1x1x16x16xf32>, tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %4785 = "stablehlo.constant"() {value = dense<0.001> : tensor<1x1x16x16xf32>} : () -> tensor<1x1x16x16xf32>
    %4786 = "stablehlo.multiply"(%3462, %4785) : (tensor<1x1x16x16xf32>, tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %4787 = "stablehlo.add"(%4784, %4786) : (tensor<1x1x16x16xf32>, tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %4788 = "stablehlo.broadcast_in_dim"(%3980) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1x16x16xf32>
    %4789 = "stablehlo.divide"(%4782, %4788) : (tensor<1x1x16x16xf32>, tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %4790 = "stablehlo.broadcast_in_dim"(%3983) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1x16x16xf32>
    %4791 = "stablehlo.divide"(%4787, %4790) : (tensor<1x1x16x16xf32>, tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %4792 = "stablehlo.sqrt"(%4791) : (tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %4793 = "stablehlo.constant"() {value = dense<0x322BCC77> : tensor<1x1x16x16xf32>} : () -> tensor<1x1x16x16xf32>
    %4794 = "stablehlo.add"(%4792, %4793) : (tensor<1x1x16x16xf32>, tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %4795 = "stablehlo.divide"(%4789, %4794) : (tensor<1x1x16x16xf32>, tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %4796 = "stablehlo.constant"() {value = dense<0.0001> : tensor<1x1x16x16xf32>} : () -> tensor<1x1x16x16xf32>
    %4797 = "stablehlo.multiply"(%arg72, %4796) : (tensor<1x1x16x16xf32>, tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %4798 = "stablehlo.add"(%4795, %4797) : (tensor<1x1x16x16xf32>, tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %4799 = "stablehlo.broadcast_in_dim"(%3964) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1x16x16xf32>
    %4800 = "stablehlo.multiply"(%4798, %4799) : (tensor<1x1x16x16xf32>, tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %4801 = "stablehlo.subtract"(%arg72, %4800) : (tensor<1x1x16x16xf32>, tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %4802 = "stablehlo.multiply"(%arg195, %4754) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %4803 = "stablehlo.multiply"(%2410, %4756) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %4804 = "stablehlo.add"(%4802, %4803) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %4805 = "stablehlo.multiply"(%arg316, %4759) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %4806 = "stablehlo.multiply"(%3469, %4761) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %4807 = "stablehlo.add"(%4805, %4806) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %4808 = "stablehlo.divide"(%4804, %4764) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %4809 = "stablehlo.divide"(%4807, %4766) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %4810 = "stablehlo.sqrt"(%4809) : (tensor<16xf32>) -> tensor<16xf32>
    %4811 = "stablehlo.add"(%4810, %4769) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %4812 = "stablehlo.divide"(%4808, %4811) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %4813 = "stablehlo.multiply"(%arg73, %4772) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %4814 = "stablehlo.add"(%4812, %4813) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %4815 = "stablehlo.multiply"(%4814, %4775) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %4816 = "stablehlo.subtract"(%arg73, %4815) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %4817 = "stablehlo.constant"() {value = dense<0.9> : tensor<32x16xf32>} : () -> tensor<32x16xf32>
    %4818 = "stablehlo.multiply"(%arg196, %4817) : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x16xf32>
    %4819 = "stablehlo.constant"() {value = dense<0.1> : tensor<32x16xf32>} : () -> tensor<32x16xf32>
    %4820 = "stablehlo.multiply"(%2405, %4819) : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x16xf32>
    %4821 = "stablehlo.add"(%4818, %4820) : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x16xf32>
    %4822 = "stablehlo.constant"() {value = dense<0.999> : tensor<32x16xf32>} : () -> tensor<32x16xf32>
    %4823 = "stablehlo.multiply"(%arg317, %4822) : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x16xf32>
    %4824 = "stablehlo.constant"() {value = dense<0.001> : tensor<32x16xf32>} : () -> tensor<32x16xf32>
    %4825 = "stablehlo.multiply"(%3476, %4824) : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x16xf32>
    %4826 = "stablehlo.add"(%4823, %4825) : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x16xf32>
    %4827 = "stablehlo.broadcast_in_dim"(%3980) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x16xf32>
    %4828 = "stablehlo.divide"(%4821, %4827) : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x16xf32>
    %4829 = "stablehlo.broadcast_in_dim"(%3983) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x16xf32>
    %4830 = "stablehlo.divide"(%4826, %4829) : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x16xf32>
    %4831 = "stablehlo.sqrt"(%4830) : (tensor<32x16xf32>) -> tensor<32x16xf32>
    %4832 = "stablehlo.constant"() {value = dense<0x322BCC77> : tensor<32x16xf32>} : () -> tensor<32x16xf32>
    %4833 = "stablehlo.add"(%4831, %4832) : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x16xf32>
    %4834 = "stablehlo.divide"(%4828, %4833) : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x16xf32>
    %4835 = "stablehlo.constant"() {value = dense<0.0001> : tensor<32x16xf32>} : () -> tensor<32x16xf32>
    %4836 = "stablehlo.multiply"(%arg74, %4835) : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x16xf32>
    %4837 = "stablehlo.add"(%4834, %4836) : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x16xf32>
    %4838 = "stablehlo.broadcast_in_dim"(%3964) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x16xf32>
    %4839 = "stablehlo.multiply"(%4837, %4838) : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x16xf32>
    %4840 = "stablehlo.subtract"(%arg74, %4839) : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x16xf32>
    %4841 = "stablehlo.multiply"(%arg197, %4778) : (tensor<1x1x16x16xf32>, tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %4842 = "stablehlo.multiply"(%2388, %4780) : (tensor<1x1x16x16xf32>, tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %4843 = "stablehlo.add"(%4841, %4842) : (tensor<1x1x16x16xf32>, tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %4844 = "stablehlo.multiply"(%arg318, %4783) : (tensor<1x1x16x16xf32>, tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %4845 = "stablehlo.multiply"(%3483, %4785) : (tensor<1x1x16x16xf32>, tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %4846 = "stablehlo.add"(%4844, %4845) : (tensor<1x1x16x16xf32>, tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %4847 = "stablehlo.divide"(%4843, %4788) : (tensor<1x1x16x16xf32>, tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %4848 = "stablehlo.divide"(%4846, %4790) : (tensor<1x1x16x16xf32>, tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %4849 = "stablehlo.sqrt"(%4848) : (tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %4850 = "stablehlo.add"(%4849, %4793) : (tensor<1x1x16x16xf32>, tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %4851 = "stablehlo.divide"(%4847, %4850) : (tensor<1x1x16x16xf32>, tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %4852 = "stablehlo.multiply"(%arg75, %4796) : (tensor<1x1x16x16xf32>, tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %4853 = "stablehlo.add"(%4851, %4852) : (tensor<1x1x16x16xf32>, tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %4854 = "stablehlo.multiply"(%4853, %4799) : (tensor<1x1x16x16xf32>, tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %4855 = "stablehlo.subtract"(%arg75, %4854) : (tensor<1x1x16x16xf32>, tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %4856 = "stablehlo.multiply"(%arg198, %4754) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %4857 = "stablehlo.multiply"(%2378, %4756) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %4858 = "stablehlo.add"(%4856, %4857) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %4859 = "stablehlo.multiply"(%arg319, %4759) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %4860 = "stablehlo.multiply"(%3490, %4761) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %4861 = "stablehlo.add"(%4859, %4860) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %4862 = "stablehlo.divide"(%4858, %4764) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %4863 = "stablehlo.divide"(%4861, %4766) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %4864 = "stablehlo.sqrt"(%4863) : (tensor<16xf32>) -> tensor<16xf32>
    %4865 = "stablehlo.add"(%4864, %4769) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %4866 = "stablehlo.divide"(%4862, %4865) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %4867 = "stablehlo.multiply"(%arg76, %4772) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %4868 = "stablehlo.add"(%4866, %4867) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %4869 = "stablehlo.multiply"(%4868, %4775) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %4870 = "stablehlo.subtract"(%arg76, %4869) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %4871 = "stablehlo.constant"() {value = dense<0.9> : tensor<3x3x16x32xf32>} : () -> tensor<3x3x16x32xf32>
    %4872 = "stablehlo.multiply"(%arg199, %4871) : (tensor<3x3x16x32xf32>, tensor<3x3x16x32xf32>) -> tensor<3x3x16x32xf32>
    %4873 = "stablehlo.constant"() {value = dense<0.1> : tensor<3x3x16x32xf32>} : () -> tensor<3x3x16x32xf32>
    %4874 = "stablehlo.multiply"(%2376, %4873) : (tensor<3x3x16x32xf32>, tensor<3x3x16x32xf32>) -> tensor<3x3x16x32xf32>
    %4875 = "stablehlo.add"(%4872, %4874) : (tensor<3x3x16x32xf32>, tensor<3x3x16x32xf32>) -> tensor<3x3x16x32xf32>
    %4876 = "stablehlo.constant"() {value = dense<0.999> : tensor<3x3x16x32xf32>} : () -> tensor<3x3x16x32xf32>
    %4877 = "stablehlo.multiply"(%arg320, %4876) : (tensor<3x3x16x32xf32>, tensor<3x3x16x32xf32>) -> tensor<3x3x16x32xf32>
    %4878 = "stablehlo.constant"() {value = dense<0.001> : tensor<3x3x16x32xf32>} : () -> tensor<3x3x16x32xf32>
    %4879 = "stablehlo.multiply"(%3497, %4878) : (tensor<3x3x16x32xf32>, tensor<3x3x16x32xf32>) -> tensor<3x3x16x32xf32>
    %4880 = "stablehlo.add"(%4877, %4879) : (tensor<3x3x16x32xf32>, tensor<3x3x16x32xf32>) -> tensor<3x3x16x32xf32>
    %4881 = "stablehlo.broadcast_in_dim"(%3980) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<3x3x16x32xf32>
    %4882 = "stablehlo.divide"(%4875, %4881) : (tensor<3x3x16x32xf32>, tensor<3x3x16x32xf32>) -> tensor<3x3x16x32xf32>
    %4883 = "stablehlo.broadcast_in_dim"(%3983) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<3x3x16x32xf32>
    %4884 = "stablehlo.divide"(%4880, %4883) : (tensor<3x3x16x32xf32>, tensor<3x3x16x32xf32>) -> tensor<3x3x16x32xf32>
    %4885 = "stablehlo.sqrt"(%4884) : (tensor<3x3x16x32xf32>) -> tensor<3x3x16x32xf32>
    %4886 = "stablehlo.constant"() {value = dense<0x322BCC77> : tensor<3x3x16x32xf32>} : () -> tensor<3x3x16x32xf32>
    %4887 = "stablehlo.add"(%4885, %4886) : (tensor<3x3x16x32xf32>, tensor<3x3x16x32xf32>) -> tensor<3x3x16x32xf32>
    %4888 = "stablehlo.divide"(%4882, %4887) : (tensor<3x3x16x32xf32>, tensor<3x3x16x32xf32>) -> tensor<3x3x16x32xf32>
    %4889 = "stablehlo.constant"() {value = dense<0.0001> : tensor<3x3x16x32xf32>} : () -> tensor<3x3x16x32xf32>
    %4890 = "stablehlo.multiply"(%arg77, %4889) : (tensor<3x3x16x32xf32>, tensor<3x3x16x32xf32>) -> tensor<3x3x16x32xf32>
    %4891 = "stablehlo.add"(%4888, %4890) : (tensor<3x3x16x32xf32>, tensor<3x3x16x32xf32>) -> tensor<3x3x16x32xf32>
    %4892 = "stablehlo.broadcast_in_dim"(%3964) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<3x3x16x32xf32>
    %4893 = "stablehlo.multiply"(%4891, %4892) : (tensor<3x3x16x32xf32>, tensor<3x3x16x32xf32>) -> tensor<3x3x16x32xf32>
    %4894 = "stablehlo.subtract"(%arg77, %4893) : (tensor<3x3x16x32xf32>, tensor<3x3x16x32xf32>) -> tensor<3x3x16x32xf32>
    %4895 = "stablehlo.multiply"(%arg200, %3998) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4896 = "stablehlo.multiply"(%2366, %4000) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4897 = "stablehlo.add"(%4895, %4896) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4898 = "stablehlo.multiply"(%arg321, %4003) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4899 = "stablehlo.multiply"(%3504, %4005) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4900 = "stablehlo.add"(%4898, %4899) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4901 = "stablehlo.divide"(%4897, %4008) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4902 = "stablehlo.divide"(%4900, %4010) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4903 = "stablehlo.sqrt"(%4902) : (tensor<32xf32>) -> tensor<32xf32>
    %4904 = "stablehlo.add"(%4903, %4013) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4905 = "stablehlo.divide"(%4901, %4904) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4906 = "stablehlo.multiply"(%arg78, %4016) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4907 = "stablehlo.add"(%4905, %4906) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4908 = "stablehlo.multiply"(%4907, %4019) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4909 = "stablehlo.subtract"(%arg78, %4908) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4910 = "stablehlo.multiply"(%arg201, %3998) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4911 = "stablehlo.multiply"(%2330, %4000) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4912 = "stablehlo.add"(%4910, %4911) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4913 = "stablehlo.multiply"(%arg322, %4003) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4914 = "stablehlo.multiply"(%3511, %4005) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4915 = "stablehlo.add"(%4913, %4914) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4916 = "stablehlo.divide"(%4912, %4008) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4917 = "stablehlo.divide"(%4915, %4010) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4918 = "stablehlo.sqrt"(%4917) : (tensor<32xf32>) -> tensor<32xf32>
    %4919 = "stablehlo.add"(%4918, %4013) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4920 = "stablehlo.divide"(%4916, %4919) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4921 = "stablehlo.multiply"(%arg79, %4016) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4922 = "stablehlo.add"(%4920, %4921) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4923 = "stablehlo.multiply"(%4922, %4019) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4924 = "stablehlo.subtract"(%arg79, %4923) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4925 = "stablehlo.multiply"(%arg202, %3998) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4926 = "stablehlo.multiply"(%2323, %4000) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4927 = "stablehlo.add"(%4925, %4926) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4928 = "stablehlo.multiply"(%arg323, %4003) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4929 = "stablehlo.multiply"(%3518, %4005) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4930 = "stablehlo.add"(%4928, %4929) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4931 = "stablehlo.divide"(%4927, %4008) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4932 = "stablehlo.divide"(%4930, %4010) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4933 = "stablehlo.sqrt"(%4932) : (tensor<32xf32>) -> tensor<32xf32>
    %4934 = "stablehlo.add"(%4933, %4013) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4935 = "stablehlo.divide"(%4931, %4934) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4936 = "stablehlo.multiply"(%arg80, %4016) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4937 = "stablehlo.add"(%4935, %4936) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4938 = "stablehlo.multiply"(%4937, %4019) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4939 = "stablehlo.subtract"(%arg80, %4938) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4940 = "stablehlo.multiply"(%arg203, %4052) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4941 = "stablehlo.multiply"(%2315, %4054) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4942 = "stablehlo.add"(%4940, %4941) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4943 = "stablehlo.multiply"(%arg324, %4057) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4944 = "stablehlo.multiply"(%3525, %4059) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4945 = "stablehlo.add"(%4943, %4944) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4946 = "stablehlo.divide"(%4942, %4062) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4947 = "stablehlo.divide"(%4945, %4064) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4948 = "stablehlo.sqrt"(%4947) : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4949 = "stablehlo.add"(%4948, %4067) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4950 = "stablehlo.divide"(%4946, %4949) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4951 = "stablehlo.multiply"(%arg81, %4070) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4952 = "stablehlo.add"(%4950, %4951) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4953 = "stablehlo.multiply"(%4952, %4073) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4954 = "stablehlo.subtract"(%arg81, %4953) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %4955 = "stablehlo.multiply"(%arg204, %3998) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4956 = "stablehlo.multiply"(%2305, %4000) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4957 = "stablehlo.add"(%4955, %4956) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4958 = "stablehlo.multiply"(%arg325, %4003) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4959 = "stablehlo.multiply"(%3532, %4005) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4960 = "stablehlo.add"(%4958, %4959) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4961 = "stablehlo.divide"(%4957, %4008) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4962 = "stablehlo.divide"(%4960, %4010) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4963 = "stablehlo.sqrt"(%4962) : (tensor<32xf32>) -> tensor<32xf32>
    %4964 = "stablehlo.add"(%4963, %4013) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4965 = "stablehlo.divide"(%4961, %4964) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4966 = "stablehlo.multiply"(%arg82, %4016) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4967 = "stablehlo.add"(%4965, %4966) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4968 = "stablehlo.multiply"(%4967, %4019) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4969 = "stablehlo.subtract"(%arg82, %4968) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4970 = "stablehlo.multiply"(%arg205, %3998) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4971 = "stablehlo.multiply"(%2270, %4000) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4972 = "stablehlo.add"(%4970, %4971) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4973 = "stablehlo.multiply"(%arg326, %4003) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4974 = "stablehlo.multiply"(%3539, %4005) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4975 = "stablehlo.add"(%4973, %4974) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4976 = "stablehlo.divide"(%4972, %4008) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4977 = "stablehlo.divide"(%4975, %4010) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4978 = "stablehlo.sqrt"(%4977) : (tensor<32xf32>) -> tensor<32xf32>
    %4979 = "stablehlo.add"(%4978, %4013) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4980 = "stablehlo.divide"(%4976, %4979) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4981 = "stablehlo.multiply"(%arg83, %4016) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4982 = "stablehlo.add"(%4980, %4981) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4983 = "stablehlo.multiply"(%4982, %4019) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4984 = "stablehlo.subtract"(%arg83, %4983) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4985 = "stablehlo.multiply"(%arg206, %3998) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4986 = "stablehlo.multiply"(%2263, %4000) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4987 = "stablehlo.add"(%4985, %4986) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4988 = "stablehlo.multiply"(%arg327, %4003) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4989 = "stablehlo.multiply"(%3546, %4005) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4990 = "stablehlo.add"(%4988, %4989) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4991 = "stablehlo.divide"(%4987, %4008) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4992 = "stablehlo.divide"(%4990, %4010) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4993 = "stablehlo.sqrt"(%4992) : (tensor<32xf32>) -> tensor<32xf32>
    %4994 = "stablehlo.add"(%4993, %4013) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4995 = "stablehlo.divide"(%4991, %4994) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4996 = "stablehlo.multiply"(%arg84, %4016) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4997 = "stablehlo.add"(%4995, %4996) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4998 = "stablehlo.multiply"(%4997, %4019) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %4999 = "stablehlo.subtract"(%arg84, %4998) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5000 = "stablehlo.multiply"(%arg207, %4052) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5001 = "stablehlo.multiply"(%2255, %4054) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5002 = "stablehlo.add"(%5000, %5001) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5003 = "stablehlo.multiply"(%arg328, %4057) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5004 = "stablehlo.multiply"(%3553, %4059) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5005 = "stablehlo.add"(%5003, %5004) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5006 = "stablehlo.divide"(%5002, %4062) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5007 = "stablehlo.divide"(%5005, %4064) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5008 = "stablehlo.sqrt"(%5007) : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5009 = "stablehlo.add"(%5008, %4067) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5010 = "stablehlo.divide"(%5006, %5009) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5011 = "stablehlo.multiply"(%arg85, %4070) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5012 = "stablehlo.add"(%5010, %5011) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5013 = "stablehlo.multiply"(%5012, %4073) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5014 = "stablehlo.subtract"(%arg85, %5013) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5015 = "stablehlo.multiply"(%arg208, %3998) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5016 = "stablehlo.multiply"(%2245, %4000) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5017 = "stablehlo.add"(%5015, %5016) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5018 = "stablehlo.multiply"(%arg329, %4003) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5019 = "stablehlo.multiply"(%3560, %4005) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5020 = "stablehlo.add"(%5018, %5019) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5021 = "stablehlo.divide"(%5017, %4008) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5022 = "stablehlo.divide"(%5020, %4010) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5023 = "stablehlo.sqrt"(%5022) : (tensor<32xf32>) -> tensor<32xf32>
    %5024 = "stablehlo.add"(%5023, %4013) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5025 = "stablehlo.divide"(%5021, %5024) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5026 = "stablehlo.multiply"(%arg86, %4016) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5027 = "stablehlo.add"(%5025, %5026) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5028 = "stablehlo.multiply"(%5027, %4019) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5029 = "stablehlo.subtract"(%arg86, %5028) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5030 = "stablehlo.multiply"(%arg209, %3998) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5031 = "stablehlo.multiply"(%2209, %4000) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5032 = "stablehlo.add"(%5030, %5031) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5033 = "stablehlo.multiply"(%arg330, %4003) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5034 = "stablehlo.multiply"(%3567, %4005) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5035 = "stablehlo.add"(%5033, %5034) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5036 = "stablehlo.divide"(%5032, %4008) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5037 = "stablehlo.divide"(%5035, %4010) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5038 = "stablehlo.sqrt"(%5037) : (tensor<32xf32>) -> tensor<32xf32>
    %5039 = "stablehlo.add"(%5038, %4013) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5040 = "stablehlo.divide"(%5036, %5039) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5041 = "stablehlo.multiply"(%arg87, %4016) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5042 = "stablehlo.add"(%5040, %5041) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5043 = "stablehlo.multiply"(%5042, %4019) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5044 = "stablehlo.subtract"(%arg87, %5043) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5045 = "stablehlo.multiply"(%arg210, %3998) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5046 = "stablehlo.multiply"(%2202, %4000) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5047 = "stablehlo.add"(%5045, %5046) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5048 = "stablehlo.multiply"(%arg331, %4003) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5049 = "stablehlo.multiply"(%3574, %4005) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5050 = "stablehlo.add"(%5048, %5049) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5051 = "stablehlo.divide"(%5047, %4008) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5052 = "stablehlo.divide"(%5050, %4010) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5053 = "stablehlo.sqrt"(%5052) : (tensor<32xf32>) -> tensor<32xf32>
    %5054 = "stablehlo.add"(%5053, %4013) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5055 = "stablehlo.divide"(%5051, %5054) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5056 = "stablehlo.multiply"(%arg88, %4016) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5057 = "stablehlo.add"(%5055, %5056) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5058 = "stablehlo.multiply"(%5057, %4019) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5059 = "stablehlo.subtract"(%arg88, %5058) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5060 = "stablehlo.multiply"(%arg211, %4451) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %5061 = "stablehlo.multiply"(%2199, %4453) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %5062 = "stablehlo.add"(%5060, %5061) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %5063 = "stablehlo.multiply"(%arg332, %4456) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %5064 = "stablehlo.multiply"(%3581, %4458) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %5065 = "stablehlo.add"(%5063, %5064) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %5066 = "stablehlo.divide"(%5062, %4461) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %5067 = "stablehlo.divide"(%5065, %4463) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %5068 = "stablehlo.sqrt"(%5067) : (tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %5069 = "stablehlo.add"(%5068, %4466) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %5070 = "stablehlo.divide"(%5066, %5069) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %5071 = "stablehlo.multiply"(%arg89, %4469) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %5072 = "stablehlo.add"(%5070, %5071) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %5073 = "stablehlo.multiply"(%5072, %4472) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %5074 = "stablehlo.subtract"(%arg89, %5073) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %5075 = "stablehlo.multiply"(%arg212, %3998) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5076 = "stablehlo.multiply"(%2190, %4000) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5077 = "stablehlo.add"(%5075, %5076) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5078 = "stablehlo.multiply"(%arg333, %4003) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5079 = "stablehlo.multiply"(%3588, %4005) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5080 = "stablehlo.add"(%5078, %5079) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5081 = "stablehlo.divide"(%5077, %4008) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5082 = "stablehlo.divide"(%5080, %4010) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5083 = "stablehlo.sqrt"(%5082) : (tensor<32xf32>) -> tensor<32xf32>
    %5084 = "stablehlo.add"(%5083, %4013) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5085 = "stablehlo.divide"(%5081, %5084) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5086 = "stablehlo.multiply"(%arg90, %4016) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5087 = "stablehlo.add"(%5085, %5086) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5088 = "stablehlo.multiply"(%5087, %4019) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5089 = "stablehlo.subtract"(%arg90, %5088) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5090 = "stablehlo.multiply"(%arg213, %4451) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %5091 = "stablehlo.multiply"(%2186, %4453) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %5092 = "stablehlo.add"(%5090, %5091) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %5093 = "stablehlo.multiply"(%arg334, %4456) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %5094 = "stablehlo.multiply"(%3595, %4458) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %5095 = "stablehlo.add"(%5093, %5094) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %5096 = "stablehlo.divide"(%5092, %4461) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %5097 = "stablehlo.divide"(%5095, %4463) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %5098 = "stablehlo.sqrt"(%5097) : (tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %5099 = "stablehlo.add"(%5098, %4466) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %5100 = "stablehlo.divide"(%5096, %5099) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %5101 = "stablehlo.multiply"(%arg91, %4469) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %5102 = "stablehlo.add"(%5100, %5101) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %5103 = "stablehlo.multiply"(%5102, %4472) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %5104 = "stablehlo.subtract"(%arg91, %5103) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %5105 = "stablehlo.multiply"(%arg214, %3998) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5106 = "stablehlo.multiply"(%2177, %4000) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5107 = "stablehlo.add"(%5105, %5106) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5108 = "stablehlo.multiply"(%arg335, %4003) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5109 = "stablehlo.multiply"(%3602, %4005) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5110 = "stablehlo.add"(%5108, %5109) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5111 = "stablehlo.divide"(%5107, %4008) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5112 = "stablehlo.divide"(%5110, %4010) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5113 = "stablehlo.sqrt"(%5112) : (tensor<32xf32>) -> tensor<32xf32>
    %5114 = "stablehlo.add"(%5113, %4013) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5115 = "stablehlo.divide"(%5111, %5114) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5116 = "stablehlo.multiply"(%arg92, %4016) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5117 = "stablehlo.add"(%5115, %5116) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5118 = "stablehlo.multiply"(%5117, %4019) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5119 = "stablehlo.subtract"(%arg92, %5118) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5120 = "stablehlo.multiply"(%arg215, %4451) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %5121 = "stablehlo.multiply"(%2174, %4453) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %5122 = "stablehlo.add"(%5120, %5121) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %5123 = "stablehlo.multiply"(%arg336, %4456) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %5124 = "stablehlo.multiply"(%3609, %4458) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %5125 = "stablehlo.add"(%5123, %5124) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %5126 = "stablehlo.divide"(%5122, %4461) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %5127 = "stablehlo.divide"(%5125, %4463) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %5128 = "stablehlo.sqrt"(%5127) : (tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %5129 = "stablehlo.add"(%5128, %4466) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %5130 = "stablehlo.divide"(%5126, %5129) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %5131 = "stablehlo.multiply"(%arg93, %4469) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %5132 = "stablehlo.add"(%5130, %5131) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %5133 = "stablehlo.multiply"(%5132, %4472) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %5134 = "stablehlo.subtract"(%arg93, %5133) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %5135 = "stablehlo.multiply"(%arg216, %3998) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5136 = "stablehlo.multiply"(%2164, %4000) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5137 = "stablehlo.add"(%5135, %5136) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5138 = "stablehlo.multiply"(%arg337, %4003) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5139 = "stablehlo.multiply"(%3616, %4005) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5140 = "stablehlo.add"(%5138, %5139) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5141 = "stablehlo.divide"(%5137, %4008) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5142 = "stablehlo.divide"(%5140, %4010) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5143 = "stablehlo.sqrt"(%5142) : (tensor<32xf32>) -> tensor<32xf32>
    %5144 = "stablehlo.add"(%5143, %4013) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5145 = "stablehlo.divide"(%5141, %5144) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5146 = "stablehlo.multiply"(%arg94, %4016) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5147 = "stablehlo.add"(%5145, %5146) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5148 = "stablehlo.multiply"(%5147, %4019) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5149 = "stablehlo.subtract"(%arg94, %5148) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5150 = "stablehlo.multiply"(%arg217, %4451) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %5151 = "stablehlo.multiply"(%2140, %4453) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %5152 = "stablehlo.add"(%5150, %5151) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %5153 = "stablehlo.multiply"(%arg338, %4456) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %5154 = "stablehlo.multiply"(%3623, %4458) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %5155 = "stablehlo.add"(%5153, %5154) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %5156 = "stablehlo.divide"(%5152, %4461) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %5157 = "stablehlo.divide"(%5155, %4463) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %5158 = "stablehlo.sqrt"(%5157) : (tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %5159 = "stablehlo.add"(%5158, %4466) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %5160 = "stablehlo.divide"(%5156, %5159) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %5161 = "stablehlo.multiply"(%arg95, %4469) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %5162 = "stablehlo.add"(%5160, %5161) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %5163 = "stablehlo.multiply"(%5162, %4472) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %5164 = "stablehlo.subtract"(%arg95, %5163) : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %5165 = "stablehlo.multiply"(%arg218, %3998) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5166 = "stablehlo.multiply"(%2130, %4000) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5167 = "stablehlo.add"(%5165, %5166) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5168 = "stablehlo.multiply"(%arg339, %4003) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5169 = "stablehlo.multiply"(%3630, %4005) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5170 = "stablehlo.add"(%5168, %5169) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5171 = "stablehlo.divide"(%5167, %4008) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5172 = "stablehlo.divide"(%5170, %4010) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5173 = "stablehlo.sqrt"(%5172) : (tensor<32xf32>) -> tensor<32xf32>
    %5174 = "stablehlo.add"(%5173, %4013) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5175 = "stablehlo.divide"(%5171, %5174) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5176 = "stablehlo.multiply"(%arg96, %4016) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5177 = "stablehlo.add"(%5175, %5176) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5178 = "stablehlo.multiply"(%5177, %4019) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5179 = "stablehlo.subtract"(%arg96, %5178) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5180 = "stablehlo.multiply"(%arg219, %3998) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5181 = "stablehlo.multiply"(%2094, %4000) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5182 = "stablehlo.add"(%5180, %5181) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5183 = "stablehlo.multiply"(%arg340, %4003) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5184 = "stablehlo.multiply"(%3637, %4005) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5185 = "stablehlo.add"(%5183, %5184) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5186 = "stablehlo.divide"(%5182, %4008) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5187 = "stablehlo.divide"(%5185, %4010) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5188 = "stablehlo.sqrt"(%5187) : (tensor<32xf32>) -> tensor<32xf32>
    %5189 = "stablehlo.add"(%5188, %4013) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5190 = "stablehlo.divide"(%5186, %5189) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5191 = "stablehlo.multiply"(%arg97, %4016) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5192 = "stablehlo.add"(%5190, %5191) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5193 = "stablehlo.multiply"(%5192, %4019) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5194 = "stablehlo.subtract"(%arg97, %5193) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5195 = "stablehlo.multiply"(%arg220, %3998) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5196 = "stablehlo.multiply"(%2087, %4000) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5197 = "stablehlo.add"(%5195, %5196) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5198 = "stablehlo.multiply"(%arg341, %4003) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5199 = "stablehlo.multiply"(%3644, %4005) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5200 = "stablehlo.add"(%5198, %5199) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5201 = "stablehlo.divide"(%5197, %4008) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5202 = "stablehlo.divide"(%5200, %4010) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5203 = "stablehlo.sqrt"(%5202) : (tensor<32xf32>) -> tensor<32xf32>
    %5204 = "stablehlo.add"(%5203, %4013) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5205 = "stablehlo.divide"(%5201, %5204) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5206 = "stablehlo.multiply"(%arg98, %4016) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5207 = "stablehlo.add"(%5205, %5206) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5208 = "stablehlo.multiply"(%5207, %4019) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5209 = "stablehlo.subtract"(%arg98, %5208) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5210 = "stablehlo.multiply"(%arg221, %4052) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5211 = "stablehlo.multiply"(%2079, %4054) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5212 = "stablehlo.add"(%5210, %5211) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5213 = "stablehlo.multiply"(%arg342, %4057) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5214 = "stablehlo.multiply"(%3651, %4059) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5215 = "stablehlo.add"(%5213, %5214) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5216 = "stablehlo.divide"(%5212, %4062) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5217 = "stablehlo.divide"(%5215, %4064) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5218 = "stablehlo.sqrt"(%5217) : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5219 = "stablehlo.add"(%5218, %4067) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5220 = "stablehlo.divide"(%5216, %5219) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5221 = "stablehlo.multiply"(%arg99, %4070) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5222 = "stablehlo.add"(%5220, %5221) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5223 = "stablehlo.multiply"(%5222, %4073) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5224 = "stablehlo.subtract"(%arg99, %5223) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5225 = "stablehlo.multiply"(%arg222, %3998) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5226 = "stablehlo.multiply"(%2069, %4000) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5227 = "stablehlo.add"(%5225, %5226) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5228 = "stablehlo.multiply"(%arg343, %4003) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5229 = "stablehlo.multiply"(%3658, %4005) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5230 = "stablehlo.add"(%5228, %5229) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5231 = "stablehlo.divide"(%5227, %4008) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5232 = "stablehlo.divide"(%5230, %4010) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5233 = "stablehlo.sqrt"(%5232) : (tensor<32xf32>) -> tensor<32xf32>
    %5234 = "stablehlo.add"(%5233, %4013) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5235 = "stablehlo.divide"(%5231, %5234) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5236 = "stablehlo.multiply"(%arg100, %4016) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5237 = "stablehlo.add"(%5235, %5236) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5238 = "stablehlo.multiply"(%5237, %4019) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5239 = "stablehlo.subtract"(%arg100, %5238) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5240 = "stablehlo.multiply"(%arg223, %3998) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5241 = "stablehlo.multiply"(%2034, %4000) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5242 = "stablehlo.add"(%5240, %5241) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5243 = "stablehlo.multiply"(%arg344, %4003) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5244 = "stablehlo.multiply"(%3665, %4005) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5245 = "stablehlo.add"(%5243, %5244) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5246 = "stablehlo.divide"(%5242, %4008) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5247 = "stablehlo.divide"(%5245, %4010) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5248 = "stablehlo.sqrt"(%5247) : (tensor<32xf32>) -> tensor<32xf32>
    %5249 = "stablehlo.add"(%5248, %4013) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5250 = "stablehlo.divide"(%5246, %5249) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5251 = "stablehlo.multiply"(%arg101, %4016) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5252 = "stablehlo.add"(%5250, %5251) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5253 = "stablehlo.multiply"(%5252, %4019) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5254 = "stablehlo.subtract"(%arg101, %5253) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5255 = "stablehlo.multiply"(%arg224, %3998) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5256 = "stablehlo.multiply"(%2027, %4000) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5257 = "stablehlo.add"(%5255, %5256) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5258 = "stablehlo.multiply"(%arg345, %4003) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5259 = "stablehlo.multiply"(%3672, %4005) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5260 = "stablehlo.add"(%5258, %5259) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5261 = "stablehlo.divide"(%5257, %4008) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5262 = "stablehlo.divide"(%5260, %4010) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5263 = "stablehlo.sqrt"(%5262) : (tensor<32xf32>) -> tensor<32xf32>
    %5264 = "stablehlo.add"(%5263, %4013) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5265 = "stablehlo.divide"(%5261, %5264) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5266 = "stablehlo.multiply"(%arg102, %4016) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5267 = "stablehlo.add"(%5265, %5266) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5268 = "stablehlo.multiply"(%5267, %4019) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5269 = "stablehlo.subtract"(%arg102, %5268) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5270 = "stablehlo.multiply"(%arg225, %4052) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5271 = "stablehlo.multiply"(%2019, %4054) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5272 = "stablehlo.add"(%5270, %5271) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5273 = "stablehlo.multiply"(%arg346, %4057) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5274 = "stablehlo.multiply"(%3679, %4059) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5275 = "stablehlo.add"(%5273, %5274) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5276 = "stablehlo.divide"(%5272, %4062) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5277 = "stablehlo.divide"(%5275, %4064) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5278 = "stablehlo.sqrt"(%5277) : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5279 = "stablehlo.add"(%5278, %4067) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5280 = "stablehlo.divide"(%5276, %5279) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5281 = "stablehlo.multiply"(%arg103, %4070) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5282 = "stablehlo.add"(%5280, %5281) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5283 = "stablehlo.multiply"(%5282, %4073) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5284 = "stablehlo.subtract"(%arg103, %5283) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5285 = "stablehlo.multiply"(%arg226, %3998) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5286 = "stablehlo.multiply"(%2009, %4000) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5287 = "stablehlo.add"(%5285, %5286) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5288 = "stablehlo.multiply"(%arg347, %4003) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5289 = "stablehlo.multiply"(%3686, %4005) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5290 = "stablehlo.add"(%5288, %5289) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5291 = "stablehlo.divide"(%5287, %4008) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5292 = "stablehlo.divide"(%5290, %4010) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5293 = "stablehlo.sqrt"(%5292) : (tensor<32xf32>) -> tensor<32xf32>
    %5294 = "stablehlo.add"(%5293, %4013) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5295 = "stablehlo.divide"(%5291, %5294) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5296 = "stablehlo.multiply"(%arg104, %4016) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5297 = "stablehlo.add"(%5295, %5296) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5298 = "stablehlo.multiply"(%5297, %4019) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5299 = "stablehlo.subtract"(%arg104, %5298) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5300 = "stablehlo.multiply"(%arg227, %3998) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5301 = "stablehlo.multiply"(%1973, %4000) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5302 = "stablehlo.add"(%5300, %5301) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5303 = "stablehlo.multiply"(%arg348, %4003) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5304 = "stablehlo.multiply"(%3693, %4005) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5305 = "stablehlo.add"(%5303, %5304) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5306 = "stablehlo.divide"(%5302, %4008) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5307 = "stablehlo.divide"(%5305, %4010) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5308 = "stablehlo.sqrt"(%5307) : (tensor<32xf32>) -> tensor<32xf32>
    %5309 = "stablehlo.add"(%5308, %4013) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5310 = "stablehlo.divide"(%5306, %5309) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5311 = "stablehlo.multiply"(%arg105, %4016) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5312 = "stablehlo.add"(%5310, %5311) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5313 = "stablehlo.multiply"(%5312, %4019) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5314 = "stablehlo.subtract"(%arg105, %5313) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5315 = "stablehlo.multiply"(%arg228, %3998) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5316 = "stablehlo.multiply"(%1966, %4000) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5317 = "stablehlo.add"(%5315, %5316) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5318 = "stablehlo.multiply"(%arg349, %4003) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5319 = "stablehlo.multiply"(%3700, %4005) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5320 = "stablehlo.add"(%5318, %5319) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5321 = "stablehlo.divide"(%5317, %4008) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5322 = "stablehlo.divide"(%5320, %4010) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5323 = "stablehlo.sqrt"(%5322) : (tensor<32xf32>) -> tensor<32xf32>
    %5324 = "stablehlo.add"(%5323, %4013) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5325 = "stablehlo.divide"(%5321, %5324) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5326 = "stablehlo.multiply"(%arg106, %4016) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5327 = "stablehlo.add"(%5325, %5326) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5328 = "stablehlo.multiply"(%5327, %4019) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5329 = "stablehlo.subtract"(%arg106, %5328) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5330 = "stablehlo.multiply"(%arg229, %4052) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5331 = "stablehlo.multiply"(%1958, %4054) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5332 = "stablehlo.add"(%5330, %5331) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5333 = "stablehlo.multiply"(%arg350, %4057) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5334 = "stablehlo.multiply"(%3707, %4059) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5335 = "stablehlo.add"(%5333, %5334) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5336 = "stablehlo.divide"(%5332, %4062) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5337 = "stablehlo.divide"(%5335, %4064) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5338 = "stablehlo.sqrt"(%5337) : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5339 = "stablehlo.add"(%5338, %4067) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5340 = "stablehlo.divide"(%5336, %5339) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5341 = "stablehlo.multiply"(%arg107, %4070) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5342 = "stablehlo.add"(%5340, %5341) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5343 = "stablehlo.multiply"(%5342, %4073) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5344 = "stablehlo.subtract"(%arg107, %5343) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5345 = "stablehlo.multiply"(%arg230, %3998) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5346 = "stablehlo.multiply"(%1948, %4000) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5347 = "stablehlo.add"(%5345, %5346) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5348 = "stablehlo.multiply"(%arg351, %4003) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5349 = "stablehlo.multiply"(%3714, %4005) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5350 = "stablehlo.add"(%5348, %5349) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5351 = "stablehlo.divide"(%5347, %4008) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5352 = "stablehlo.divide"(%5350, %4010) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5353 = "stablehlo.sqrt"(%5352) : (tensor<32xf32>) -> tensor<32xf32>
    %5354 = "stablehlo.add"(%5353, %4013) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5355 = "stablehlo.divide"(%5351, %5354) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5356 = "stablehlo.multiply"(%arg108, %4016) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5357 = "stablehlo.add"(%5355, %5356) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5358 = "stablehlo.multiply"(%5357, %4019) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5359 = "stablehlo.subtract"(%arg108, %5358) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5360 = "stablehlo.multiply"(%arg231, %3998) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5361 = "stablehlo.multiply"(%1913, %4000) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5362 = "stablehlo.add"(%5360, %5361) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5363 = "stablehlo.multiply"(%arg352, %4003) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5364 = "stablehlo.multiply"(%3721, %4005) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5365 = "stablehlo.add"(%5363, %5364) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5366 = "stablehlo.divide"(%5362, %4008) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5367 = "stablehlo.divide"(%5365, %4010) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5368 = "stablehlo.sqrt"(%5367) : (tensor<32xf32>) -> tensor<32xf32>
    %5369 = "stablehlo.add"(%5368, %4013) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5370 = "stablehlo.divide"(%5366, %5369) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5371 = "stablehlo.multiply"(%arg109, %4016) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5372 = "stablehlo.add"(%5370, %5371) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5373 = "stablehlo.multiply"(%5372, %4019) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5374 = "stablehlo.subtract"(%arg109, %5373) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5375 = "stablehlo.multiply"(%arg232, %3998) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5376 = "stablehlo.multiply"(%1906, %4000) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5377 = "stablehlo.add"(%5375, %5376) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5378 = "stablehlo.multiply"(%arg353, %4003) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5379 = "stablehlo.multiply"(%3728, %4005) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5380 = "stablehlo.add"(%5378, %5379) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5381 = "stablehlo.divide"(%5377, %4008) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5382 = "stablehlo.divide"(%5380, %4010) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5383 = "stablehlo.sqrt"(%5382) : (tensor<32xf32>) -> tensor<32xf32>
    %5384 = "stablehlo.add"(%5383, %4013) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5385 = "stablehlo.divide"(%5381, %5384) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5386 = "stablehlo.multiply"(%arg110, %4016) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5387 = "stablehlo.add"(%5385, %5386) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5388 = "stablehlo.multiply"(%5387, %4019) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5389 = "stablehlo.subtract"(%arg110, %5388) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5390 = "stablehlo.multiply"(%arg233, %4052) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5391 = "stablehlo.multiply"(%1898, %4054) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5392 = "stablehlo.add"(%5390, %5391) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5393 = "stablehlo.multiply"(%arg354, %4057) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5394 = "stablehlo.multiply"(%3735, %4059) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5395 = "stablehlo.add"(%5393, %5394) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5396 = "stablehlo.divide"(%5392, %4062) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5397 = "stablehlo.divide"(%5395, %4064) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5398 = "stablehlo.sqrt"(%5397) : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5399 = "stablehlo.add"(%5398, %4067) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5400 = "stablehlo.divide"(%5396, %5399) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5401 = "stablehlo.multiply"(%arg111, %4070) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5402 = "stablehlo.add"(%5400, %5401) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5403 = "stablehlo.multiply"(%5402, %4073) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5404 = "stablehlo.subtract"(%arg111, %5403) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5405 = "stablehlo.multiply"(%arg234, %3998) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5406 = "stablehlo.multiply"(%1888, %4000) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5407 = "stablehlo.add"(%5405, %5406) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5408 = "stablehlo.multiply"(%arg355, %4003) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5409 = "stablehlo.multiply"(%3742, %4005) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5410 = "stablehlo.add"(%5408, %5409) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5411 = "stablehlo.divide"(%5407, %4008) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5412 = "stablehlo.divide"(%5410, %4010) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5413 = "stablehlo.sqrt"(%5412) : (tensor<32xf32>) -> tensor<32xf32>
    %5414 = "stablehlo.add"(%5413, %4013) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5415 = "stablehlo.divide"(%5411, %5414) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5416 = "stablehlo.multiply"(%arg112, %4016) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5417 = "stablehlo.add"(%5415, %5416) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5418 = "stablehlo.multiply"(%5417, %4019) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5419 = "stablehlo.subtract"(%arg112, %5418) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5420 = "stablehlo.multiply"(%arg235, %3998) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5421 = "stablehlo.multiply"(%1852, %4000) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5422 = "stablehlo.add"(%5420, %5421) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5423 = "stablehlo.multiply"(%arg356, %4003) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5424 = "stablehlo.multiply"(%3749, %4005) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5425 = "stablehlo.add"(%5423, %5424) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5426 = "stablehlo.divide"(%5422, %4008) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5427 = "stablehlo.divide"(%5425, %4010) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5428 = "stablehlo.sqrt"(%5427) : (tensor<32xf32>) -> tensor<32xf32>
    %5429 = "stablehlo.add"(%5428, %4013) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5430 = "stablehlo.divide"(%5426, %5429) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5431 = "stablehlo.multiply"(%arg113, %4016) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5432 = "stablehlo.add"(%5430, %5431) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5433 = "stablehlo.multiply"(%5432, %4019) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5434 = "stablehlo.subtract"(%arg113, %5433) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5435 = "stablehlo.multiply"(%arg236, %3998) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5436 = "stablehlo.multiply"(%1845, %4000) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5437 = "stablehlo.add"(%5435, %5436) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5438 = "stablehlo.multiply"(%arg357, %4003) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5439 = "stablehlo.multiply"(%3756, %4005) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5440 = "stablehlo.add"(%5438, %5439) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5441 = "stablehlo.divide"(%5437, %4008) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5442 = "stablehlo.divide"(%5440, %4010) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5443 = "stablehlo.sqrt"(%5442) : (tensor<32xf32>) -> tensor<32xf32>
    %5444 = "stablehlo.add"(%5443, %4013) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5445 = "stablehlo.divide"(%5441, %5444) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5446 = "stablehlo.multiply"(%arg114, %4016) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5447 = "stablehlo.add"(%5445, %5446) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5448 = "stablehlo.multiply"(%5447, %4019) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5449 = "stablehlo.subtract"(%arg114, %5448) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5450 = "stablehlo.multiply"(%arg237, %4052) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5451 = "stablehlo.multiply"(%1837, %4054) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5452 = "stablehlo.add"(%5450, %5451) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5453 = "stablehlo.multiply"(%arg358, %4057) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5454 = "stablehlo.multiply"(%3763, %4059) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5455 = "stablehlo.add"(%5453, %5454) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5456 = "stablehlo.divide"(%5452, %4062) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5457 = "stablehlo.divide"(%5455, %4064) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5458 = "stablehlo.sqrt"(%5457) : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5459 = "stablehlo.add"(%5458, %4067) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5460 = "stablehlo.divide"(%5456, %5459) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5461 = "stablehlo.multiply"(%arg115, %4070) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5462 = "stablehlo.add"(%5460, %5461) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5463 = "stablehlo.multiply"(%5462, %4073) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5464 = "stablehlo.subtract"(%arg115, %5463) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5465 = "stablehlo.multiply"(%arg238, %3998) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5466 = "stablehlo.multiply"(%1827, %4000) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5467 = "stablehlo.add"(%5465, %5466) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5468 = "stablehlo.multiply"(%arg359, %4003) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5469 = "stablehlo.multiply"(%3770, %4005) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5470 = "stablehlo.add"(%5468, %5469) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5471 = "stablehlo.divide"(%5467, %4008) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5472 = "stablehlo.divide"(%5470, %4010) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5473 = "stablehlo.sqrt"(%5472) : (tensor<32xf32>) -> tensor<32xf32>
    %5474 = "stablehlo.add"(%5473, %4013) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5475 = "stablehlo.divide"(%5471, %5474) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5476 = "stablehlo.multiply"(%arg116, %4016) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5477 = "stablehlo.add"(%5475, %5476) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5478 = "stablehlo.multiply"(%5477, %4019) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5479 = "stablehlo.subtract"(%arg116, %5478) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5480 = "stablehlo.multiply"(%arg239, %3998) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5481 = "stablehlo.multiply"(%1792, %4000) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5482 = "stablehlo.add"(%5480, %5481) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5483 = "stablehlo.multiply"(%arg360, %4003) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5484 = "stablehlo.multiply"(%3777, %4005) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5485 = "stablehlo.add"(%5483, %5484) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5486 = "stablehlo.divide"(%5482, %4008) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5487 = "stablehlo.divide"(%5485, %4010) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5488 = "stablehlo.sqrt"(%5487) : (tensor<32xf32>) -> tensor<32xf32>
    %5489 = "stablehlo.add"(%5488, %4013) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5490 = "stablehlo.divide"(%5486, %5489) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5491 = "stablehlo.multiply"(%arg117, %4016) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5492 = "stablehlo.add"(%5490, %5491) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5493 = "stablehlo.multiply"(%5492, %4019) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5494 = "stablehlo.subtract"(%arg117, %5493) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5495 = "stablehlo.multiply"(%arg240, %3998) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5496 = "stablehlo.multiply"(%1785, %4000) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5497 = "stablehlo.add"(%5495, %5496) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5498 = "stablehlo.multiply"(%arg361, %4003) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5499 = "stablehlo.multiply"(%3784, %4005) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5500 = "stablehlo.add"(%5498, %5499) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5501 = "stablehlo.divide"(%5497, %4008) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5502 = "stablehlo.divide"(%5500, %4010) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5503 = "stablehlo.sqrt"(%5502) : (tensor<32xf32>) -> tensor<32xf32>
    %5504 = "stablehlo.add"(%5503, %4013) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5505 = "stablehlo.divide"(%5501, %5504) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5506 = "stablehlo.multiply"(%arg118, %4016) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5507 = "stablehlo.add"(%5505, %5506) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5508 = "stablehlo.multiply"(%5507, %4019) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5509 = "stablehlo.subtract"(%arg118, %5508) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5510 = "stablehlo.multiply"(%arg241, %4052) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5511 = "stablehlo.multiply"(%1776, %4054) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5512 = "stablehlo.add"(%5510, %5511) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5513 = "stablehlo.multiply"(%arg362, %4057) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5514 = "stablehlo.multiply"(%3791, %4059) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5515 = "stablehlo.add"(%5513, %5514) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5516 = "stablehlo.divide"(%5512, %4062) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5517 = "stablehlo.divide"(%5515, %4064) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5518 = "stablehlo.sqrt"(%5517) : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5519 = "stablehlo.add"(%5518, %4067) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5520 = "stablehlo.divide"(%5516, %5519) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5521 = "stablehlo.multiply"(%arg119, %4070) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5522 = "stablehlo.add"(%5520, %5521) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5523 = "stablehlo.multiply"(%5522, %4073) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5524 = "stablehlo.subtract"(%arg119, %5523) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5525 = "stablehlo.multiply"(%arg242, %3998) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5526 = "stablehlo.multiply"(%1766, %4000) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5527 = "stablehlo.add"(%5525, %5526) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5528 = "stablehlo.multiply"(%arg363, %4003) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5529 = "stablehlo.multiply"(%3798, %4005) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5530 = "stablehlo.add"(%5528, %5529) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5531 = "stablehlo.divide"(%5527, %4008) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5532 = "stablehlo.divide"(%5530, %4010) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5533 = "stablehlo.sqrt"(%5532) : (tensor<32xf32>) -> tensor<32xf32>
    %5534 = "stablehlo.add"(%5533, %4013) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5535 = "stablehlo.divide"(%5531, %5534) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5536 = "stablehlo.multiply"(%arg120, %4016) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5537 = "stablehlo.add"(%5535, %5536) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5538 = "stablehlo.multiply"(%5537, %4019) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5539 = "stablehlo.subtract"(%arg120, %5538) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5540 = "stablehlo.multiply"(%arg243, %4052) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5541 = "stablehlo.multiply"(%1758, %4054) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5542 = "stablehlo.add"(%5540, %5541) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5543 = "stablehlo.multiply"(%arg364, %4057) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5544 = "stablehlo.multiply"(%3805, %4059) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5545 = "stablehlo.add"(%5543, %5544) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5546 = "stablehlo.divide"(%5542, %4062) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5547 = "stablehlo.divide"(%5545, %4064) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5548 = "stablehlo.sqrt"(%5547) : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5549 = "stablehlo.add"(%5548, %4067) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5550 = "stablehlo.divide"(%5546, %5549) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5551 = "stablehlo.multiply"(%arg121, %4070) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5552 = "stablehlo.add"(%5550, %5551) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5553 = "stablehlo.multiply"(%5552, %4073) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5554 = "stablehlo.subtract"(%arg121, %5553) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5555 = "stablehlo.multiply"(%arg244, %3998) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5556 = "stablehlo.multiply"(%1748, %4000) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5557 = "stablehlo.add"(%5555, %5556) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5558 = "stablehlo.multiply"(%arg365, %4003) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5559 = "stablehlo.multiply"(%3812, %4005) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5560 = "stablehlo.add"(%5558, %5559) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5561 = "stablehlo.divide"(%5557, %4008) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5562 = "stablehlo.divide"(%5560, %4010) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5563 = "stablehlo.sqrt"(%5562) : (tensor<32xf32>) -> tensor<32xf32>
    %5564 = "stablehlo.add"(%5563, %4013) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5565 = "stablehlo.divide"(%5561, %5564) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5566 = "stablehlo.multiply"(%arg122, %4016) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5567 = "stablehlo.add"(%5565, %5566) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5568 = "stablehlo.multiply"(%5567, %4019) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5569 = "stablehlo.subtract"(%arg122, %5568) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5570 = "stablehlo.multiply"(%arg245, %3998) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5571 = "stablehlo.multiply"(%1712, %4000) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5572 = "stablehlo.add"(%5570, %5571) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5573 = "stablehlo.multiply"(%arg366, %4003) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5574 = "stablehlo.multiply"(%3819, %4005) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5575 = "stablehlo.add"(%5573, %5574) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5576 = "stablehlo.divide"(%5572, %4008) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5577 = "stablehlo.divide"(%5575, %4010) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5578 = "stablehlo.sqrt"(%5577) : (tensor<32xf32>) -> tensor<32xf32>
    %5579 = "stablehlo.add"(%5578, %4013) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5580 = "stablehlo.divide"(%5576, %5579) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5581 = "stablehlo.multiply"(%arg123, %4016) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5582 = "stablehlo.add"(%5580, %5581) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5583 = "stablehlo.multiply"(%5582, %4019) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5584 = "stablehlo.subtract"(%arg123, %5583) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5585 = "stablehlo.multiply"(%arg246, %3998) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5586 = "stablehlo.multiply"(%1705, %4000) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5587 = "stablehlo.add"(%5585, %5586) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5588 = "stablehlo.multiply"(%arg367, %4003) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5589 = "stablehlo.multiply"(%3826, %4005) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5590 = "stablehlo.add"(%5588, %5589) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5591 = "stablehlo.divide"(%5587, %4008) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5592 = "stablehlo.divide"(%5590, %4010) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5593 = "stablehlo.sqrt"(%5592) : (tensor<32xf32>) -> tensor<32xf32>
    %5594 = "stablehlo.add"(%5593, %4013) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5595 = "stablehlo.divide"(%5591, %5594) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5596 = "stablehlo.multiply"(%arg124, %4016) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5597 = "stablehlo.add"(%5595, %5596) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5598 = "stablehlo.multiply"(%5597, %4019) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5599 = "stablehlo.subtract"(%arg124, %5598) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5600 = "stablehlo.multiply"(%arg247, %4052) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5601 = "stablehlo.multiply"(%1697, %4054) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5602 = "stablehlo.add"(%5600, %5601) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5603 = "stablehlo.multiply"(%arg368, %4057) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5604 = "stablehlo.multiply"(%3833, %4059) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5605 = "stablehlo.add"(%5603, %5604) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5606 = "stablehlo.divide"(%5602, %4062) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5607 = "stablehlo.divide"(%5605, %4064) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5608 = "stablehlo.sqrt"(%5607) : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5609 = "stablehlo.add"(%5608, %4067) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5610 = "stablehlo.divide"(%5606, %5609) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5611 = "stablehlo.multiply"(%arg125, %4070) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5612 = "stablehlo.add"(%5610, %5611) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5613 = "stablehlo.multiply"(%5612, %4073) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5614 = "stablehlo.subtract"(%arg125, %5613) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5615 = "stablehlo.multiply"(%arg248, %3998) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5616 = "stablehlo.multiply"(%1687, %4000) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5617 = "stablehlo.add"(%5615, %5616) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5618 = "stablehlo.multiply"(%arg369, %4003) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5619 = "stablehlo.multiply"(%3840, %4005) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5620 = "stablehlo.add"(%5618, %5619) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5621 = "stablehlo.divide"(%5617, %4008) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5622 = "stablehlo.divide"(%5620, %4010) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5623 = "stablehlo.sqrt"(%5622) : (tensor<32xf32>) -> tensor<32xf32>
    %5624 = "stablehlo.add"(%5623, %4013) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5625 = "stablehlo.divide"(%5621, %5624) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5626 = "stablehlo.multiply"(%arg126, %4016) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5627 = "stablehlo.add"(%5625, %5626) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5628 = "stablehlo.multiply"(%5627, %4019) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5629 = "stablehlo.subtract"(%arg126, %5628) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5630 = "stablehlo.multiply"(%arg249, %3998) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5631 = "stablehlo.multiply"(%1652, %4000) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5632 = "stablehlo.add"(%5630, %5631) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5633 = "stablehlo.multiply"(%arg370, %4003) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5634 = "stablehlo.multiply"(%3847, %4005) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5635 = "stablehlo.add"(%5633, %5634) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5636 = "stablehlo.divide"(%5632, %4008) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5637 = "stablehlo.divide"(%5635, %4010) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5638 = "stablehlo.sqrt"(%5637) : (tensor<32xf32>) -> tensor<32xf32>
    %5639 = "stablehlo.add"(%5638, %4013) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5640 = "stablehlo.divide"(%5636, %5639) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5641 = "stablehlo.multiply"(%arg127, %4016) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5642 = "stablehlo.add"(%5640, %5641) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5643 = "stablehlo.multiply"(%5642, %4019) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5644 = "stablehlo.subtract"(%arg127, %5643) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5645 = "stablehlo.multiply"(%arg250, %3998) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5646 = "stablehlo.multiply"(%1645, %4000) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5647 = "stablehlo.add"(%5645, %5646) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5648 = "stablehlo.multiply"(%arg371, %4003) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5649 = "stablehlo.multiply"(%3854, %4005) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5650 = "stablehlo.add"(%5648, %5649) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5651 = "stablehlo.divide"(%5647, %4008) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5652 = "stablehlo.divide"(%5650, %4010) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5653 = "stablehlo.sqrt"(%5652) : (tensor<32xf32>) -> tensor<32xf32>
    %5654 = "stablehlo.add"(%5653, %4013) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5655 = "stablehlo.divide"(%5651, %5654) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5656 = "stablehlo.multiply"(%arg128, %4016) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5657 = "stablehlo.add"(%5655, %5656) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5658 = "stablehlo.multiply"(%5657, %4019) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5659 = "stablehlo.subtract"(%arg128, %5658) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5660 = "stablehlo.multiply"(%arg251, %4052) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5661 = "stablehlo.multiply"(%1637, %4054) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5662 = "stablehlo.add"(%5660, %5661) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5663 = "stablehlo.multiply"(%arg372, %4057) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5664 = "stablehlo.multiply"(%3861, %4059) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5665 = "stablehlo.add"(%5663, %5664) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5666 = "stablehlo.divide"(%5662, %4062) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5667 = "stablehlo.divide"(%5665, %4064) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5668 = "stablehlo.sqrt"(%5667) : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5669 = "stablehlo.add"(%5668, %4067) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5670 = "stablehlo.divide"(%5666, %5669) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5671 = "stablehlo.multiply"(%arg129, %4070) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5672 = "stablehlo.add"(%5670, %5671) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5673 = "stablehlo.multiply"(%5672, %4073) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5674 = "stablehlo.subtract"(%arg129, %5673) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5675 = "stablehlo.multiply"(%arg252, %3998) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5676 = "stablehlo.multiply"(%1627, %4000) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5677 = "stablehlo.add"(%5675, %5676) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5678 = "stablehlo.multiply"(%arg373, %4003) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5679 = "stablehlo.multiply"(%3868, %4005) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5680 = "stablehlo.add"(%5678, %5679) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5681 = "stablehlo.divide"(%5677, %4008) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5682 = "stablehlo.divide"(%5680, %4010) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5683 = "stablehlo.sqrt"(%5682) : (tensor<32xf32>) -> tensor<32xf32>
    %5684 = "stablehlo.add"(%5683, %4013) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5685 = "stablehlo.divide"(%5681, %5684) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5686 = "stablehlo.multiply"(%arg130, %4016) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5687 = "stablehlo.add"(%5685, %5686) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5688 = "stablehlo.multiply"(%5687, %4019) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5689 = "stablehlo.subtract"(%arg130, %5688) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5690 = "stablehlo.multiply"(%arg253, %3998) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5691 = "stablehlo.multiply"(%1591, %4000) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5692 = "stablehlo.add"(%5690, %5691) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5693 = "stablehlo.multiply"(%arg374, %4003) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5694 = "stablehlo.multiply"(%3875, %4005) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5695 = "stablehlo.add"(%5693, %5694) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5696 = "stablehlo.divide"(%5692, %4008) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5697 = "stablehlo.divide"(%5695, %4010) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5698 = "stablehlo.sqrt"(%5697) : (tensor<32xf32>) -> tensor<32xf32>
    %5699 = "stablehlo.add"(%5698, %4013) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5700 = "stablehlo.divide"(%5696, %5699) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5701 = "stablehlo.multiply"(%arg131, %4016) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5702 = "stablehlo.add"(%5700, %5701) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5703 = "stablehlo.multiply"(%5702, %4019) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5704 = "stablehlo.subtract"(%arg131, %5703) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5705 = "stablehlo.multiply"(%arg254, %3998) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5706 = "stablehlo.multiply"(%1584, %4000) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5707 = "stablehlo.add"(%5705, %5706) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5708 = "stablehlo.multiply"(%arg375, %4003) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5709 = "stablehlo.multiply"(%3882, %4005) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5710 = "stablehlo.add"(%5708, %5709) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5711 = "stablehlo.divide"(%5707, %4008) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5712 = "stablehlo.divide"(%5710, %4010) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5713 = "stablehlo.sqrt"(%5712) : (tensor<32xf32>) -> tensor<32xf32>
    %5714 = "stablehlo.add"(%5713, %4013) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5715 = "stablehlo.divide"(%5711, %5714) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5716 = "stablehlo.multiply"(%arg132, %4016) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5717 = "stablehlo.add"(%5715, %5716) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5718 = "stablehlo.multiply"(%5717, %4019) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5719 = "stablehlo.subtract"(%arg132, %5718) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5720 = "stablehlo.multiply"(%arg255, %4052) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5721 = "stablehlo.multiply"(%1576, %4054) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5722 = "stablehlo.add"(%5720, %5721) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5723 = "stablehlo.multiply"(%arg376, %4057) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5724 = "stablehlo.multiply"(%3889, %4059) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5725 = "stablehlo.add"(%5723, %5724) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5726 = "stablehlo.divide"(%5722, %4062) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5727 = "stablehlo.divide"(%5725, %4064) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5728 = "stablehlo.sqrt"(%5727) : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5729 = "stablehlo.add"(%5728, %4067) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5730 = "stablehlo.divide"(%5726, %5729) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5731 = "stablehlo.multiply"(%arg133, %4070) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5732 = "stablehlo.add"(%5730, %5731) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5733 = "stablehlo.multiply"(%5732, %4073) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5734 = "stablehlo.subtract"(%arg133, %5733) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5735 = "stablehlo.multiply"(%arg256, %3998) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5736 = "stablehlo.multiply"(%1566, %4000) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5737 = "stablehlo.add"(%5735, %5736) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5738 = "stablehlo.multiply"(%arg377, %4003) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5739 = "stablehlo.multiply"(%3896, %4005) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5740 = "stablehlo.add"(%5738, %5739) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5741 = "stablehlo.divide"(%5737, %4008) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5742 = "stablehlo.divide"(%5740, %4010) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5743 = "stablehlo.sqrt"(%5742) : (tensor<32xf32>) -> tensor<32xf32>
    %5744 = "stablehlo.add"(%5743, %4013) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5745 = "stablehlo.divide"(%5741, %5744) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5746 = "stablehlo.multiply"(%arg134, %4016) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5747 = "stablehlo.add"(%5745, %5746) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5748 = "stablehlo.multiply"(%5747, %4019) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5749 = "stablehlo.subtract"(%arg134, %5748) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5750 = "stablehlo.multiply"(%arg257, %3998) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5751 = "stablehlo.multiply"(%1531, %4000) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5752 = "stablehlo.add"(%5750, %5751) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5753 = "stablehlo.multiply"(%arg378, %4003) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5754 = "stablehlo.multiply"(%3903, %4005) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5755 = "stablehlo.add"(%5753, %5754) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5756 = "stablehlo.divide"(%5752, %4008) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5757 = "stablehlo.divide"(%5755, %4010) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5758 = "stablehlo.sqrt"(%5757) : (tensor<32xf32>) -> tensor<32xf32>
    %5759 = "stablehlo.add"(%5758, %4013) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5760 = "stablehlo.divide"(%5756, %5759) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5761 = "stablehlo.multiply"(%arg135, %4016) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5762 = "stablehlo.add"(%5760, %5761) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5763 = "stablehlo.multiply"(%5762, %4019) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5764 = "stablehlo.subtract"(%arg135, %5763) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5765 = "stablehlo.multiply"(%arg258, %3998) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5766 = "stablehlo.multiply"(%1524, %4000) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5767 = "stablehlo.add"(%5765, %5766) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5768 = "stablehlo.multiply"(%arg379, %4003) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5769 = "stablehlo.multiply"(%3910, %4005) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5770 = "stablehlo.add"(%5768, %5769) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5771 = "stablehlo.divide"(%5767, %4008) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5772 = "stablehlo.divide"(%5770, %4010) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5773 = "stablehlo.sqrt"(%5772) : (tensor<32xf32>) -> tensor<32xf32>
    %5774 = "stablehlo.add"(%5773, %4013) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5775 = "stablehlo.divide"(%5771, %5774) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5776 = "stablehlo.multiply"(%arg136, %4016) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5777 = "stablehlo.add"(%5775, %5776) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5778 = "stablehlo.multiply"(%5777, %4019) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5779 = "stablehlo.subtract"(%arg136, %5778) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5780 = "stablehlo.multiply"(%arg259, %4052) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5781 = "stablehlo.multiply"(%1516, %4054) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5782 = "stablehlo.add"(%5780, %5781) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5783 = "stablehlo.multiply"(%arg380, %4057) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5784 = "stablehlo.multiply"(%3917, %4059) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5785 = "stablehlo.add"(%5783, %5784) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5786 = "stablehlo.divide"(%5782, %4062) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5787 = "stablehlo.divide"(%5785, %4064) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5788 = "stablehlo.sqrt"(%5787) : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5789 = "stablehlo.add"(%5788, %4067) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5790 = "stablehlo.divide"(%5786, %5789) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5791 = "stablehlo.multiply"(%arg137, %4070) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5792 = "stablehlo.add"(%5790, %5791) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5793 = "stablehlo.multiply"(%5792, %4073) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5794 = "stablehlo.subtract"(%arg137, %5793) : (tensor<3x3x32x32xf32>, tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %5795 = "stablehlo.multiply"(%arg260, %3998) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5796 = "stablehlo.multiply"(%1506, %4000) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5797 = "stablehlo.add"(%5795, %5796) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5798 = "stablehlo.multiply"(%arg381, %4003) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5799 = "stablehlo.multiply"(%3924, %4005) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5800 = "stablehlo.add"(%5798, %5799) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5801 = "stablehlo.divide"(%5797, %4008) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5802 = "stablehlo.divide"(%5800, %4010) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5803 = "stablehlo.sqrt"(%5802) : (tensor<32xf32>) -> tensor<32xf32>
    %5804 = "stablehlo.add"(%5803, %4013) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5805 = "stablehlo.divide"(%5801, %5804) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5806 = "stablehlo.multiply"(%arg138, %4016) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5807 = "stablehlo.add"(%5805, %5806) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5808 = "stablehlo.multiply"(%5807, %4019) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5809 = "stablehlo.subtract"(%arg138, %5808) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5810 = "stablehlo.multiply"(%arg261, %3998) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5811 = "stablehlo.multiply"(%1470, %4000) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5812 = "stablehlo.add"(%5810, %5811) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5813 = "stablehlo.multiply"(%arg382, %4003) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5814 = "stablehlo.multiply"(%3931, %4005) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5815 = "stablehlo.add"(%5813, %5814) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5816 = "stablehlo.divide"(%5812, %4008) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5817 = "stablehlo.divide"(%5815, %4010) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5818 = "stablehlo.sqrt"(%5817) : (tensor<32xf32>) -> tensor<32xf32>
    %5819 = "stablehlo.add"(%5818, %4013) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5820 = "stablehlo.divide"(%5816, %5819) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5821 = "stablehlo.multiply"(%arg139, %4016) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5822 = "stablehlo.add"(%5820, %5821) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5823 = "stablehlo.multiply"(%5822, %4019) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5824 = "stablehlo.subtract"(%arg139, %5823) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5825 = "stablehlo.multiply"(%arg262, %3998) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5826 = "stablehlo.multiply"(%1463, %4000) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5827 = "stablehlo.add"(%5825, %5826) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5828 = "stablehlo.multiply"(%arg383, %4003) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5829 = "stablehlo.multiply"(%3938, %4005) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5830 = "stablehlo.add"(%5828, %5829) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5831 = "stablehlo.divide"(%5827, %4008) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5832 = "stablehlo.divide"(%5830, %4010) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5833 = "stablehlo.sqrt"(%5832) : (tensor<32xf32>) -> tensor<32xf32>
    %5834 = "stablehlo.add"(%5833, %4013) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5835 = "stablehlo.divide"(%5831, %5834) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5836 = "stablehlo.multiply"(%arg140, %4016) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5837 = "stablehlo.add"(%5835, %5836) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5838 = "stablehlo.multiply"(%5837, %4019) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5839 = "stablehlo.subtract"(%arg140, %5838) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %5840 = "stablehlo.constant"() {value = dense<0.9> : tensor<3x3x32x3xf32>} : () -> tensor<3x3x32x3xf32>
    %5841 = "stablehlo.multiply"(%arg263, %5840) : (tensor<3x3x32x3xf32>, tensor<3x3x32x3xf32>) -> tensor<3x3x32x3xf32>
    %5842 = "stablehlo.constant"() {value = dense<0.1> : tensor<3x3x32x3xf32>} : () -> tensor<3x3x32x3xf32>
    %5843 = "stablehlo.multiply"(%1454, %5842) : (tensor<3x3x32x3xf32>, tensor<3x3x32x3xf32>) -> tensor<3x3x32x3xf32>
    %5844 = "stablehlo.add"(%5841, %5843) : (tensor<3x3x32x3xf32>, tensor<3x3x32x3xf32>) -> tensor<3x3x32x3xf32>
    %5845 = "stablehlo.constant"() {value = dense<0.999> : tensor<3x3x32x3xf32>} : () -> tensor<3x3x32x3xf32>
    %5846 = "stablehlo.multiply"(%arg384, %5845) : (tensor<3x3x32x3xf32>, tensor<3x3x32x3xf32>) -> tensor<3x3x32x3xf32>
    %5847 = "stablehlo.constant"() {value = dense<0.001> : tensor<3x3x32x3xf32>} : () -> tensor<3x3x32x3xf32>
    %5848 = "stablehlo.multiply"(%3945, %5847) : (tensor<3x3x32x3xf32>, tensor<3x3x32x3xf32>) -> tensor<3x3x32x3xf32>
    %5849 = "stablehlo.add"(%5846, %5848) : (tensor<3x3x32x3xf32>, tensor<3x3x32x3xf32>) -> tensor<3x3x32x3xf32>
    %5850 = "stablehlo.broadcast_in_dim"(%3980) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<3x3x32x3xf32>
    %5851 = "stablehlo.divide"(%5844, %5850) : (tensor<3x3x32x3xf32>, tensor<3x3x32x3xf32>) -> tensor<3x3x32x3xf32>
    %5852 = "stablehlo.broadcast_in_dim"(%3983) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<3x3x32x3xf32>
    %5853 = "stablehlo.divide"(%5849, %5852) : (tensor<3x3x32x3xf32>, tensor<3x3x32x3xf32>) -> tensor<3x3x32x3xf32>
    %5854 = "stablehlo.sqrt"(%5853) : (tensor<3x3x32x3xf32>) -> tensor<3x3x32x3xf32>
    %5855 = "stablehlo.constant"() {value = dense<0x322BCC77> : tensor<3x3x32x3xf32>} : () -> tensor<3x3x32x3xf32>
    %5856 = "stablehlo.add"(%5854, %5855) : (tensor<3x3x32x3xf32>, tensor<3x3x32x3xf32>) -> tensor<3x3x32x3xf32>
    %5857 = "stablehlo.divide"(%5851, %5856) : (tensor<3x3x32x3xf32>, tensor<3x3x32x3xf32>) -> tensor<3x3x32x3xf32>
    %5858 = "stablehlo.constant"() {value = dense<0.0001> : tensor<3x3x32x3xf32>} : () -> tensor<3x3x32x3xf32>
    %5859 = "stablehlo.multiply"(%arg141, %5858) : (tensor<3x3x32x3xf32>, tensor<3x3x32x3xf32>) -> tensor<3x3x32x3xf32>
    %5860 = "stablehlo.add"(%5857, %5859) : (tensor<3x3x32x3xf32>, tensor<3x3x32x3xf32>) -> tensor<3x3x32x3xf32>
    %5861 = "stablehlo.broadcast_in_dim"(%3964) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<3x3x32x3xf32>
    %5862 = "stablehlo.multiply"(%5860, %5861) : (tensor<3x3x32x3xf32>, tensor<3x3x32x3xf32>) -> tensor<3x3x32x3xf32>
    %5863 = "stablehlo.subtract"(%arg141, %5862) : (tensor<3x3x32x3xf32>, tensor<3x3x32x3xf32>) -> tensor<3x3x32x3xf32>
    %5864 = "stablehlo.constant"() {value = dense<0.9> : tensor<3xf32>} : () -> tensor<3xf32>
    %5865 = "stablehlo.multiply"(%arg264, %5864) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
    %5866 = "stablehlo.constant"() {value = dense<0.1> : tensor<3xf32>} : () -> tensor<3xf32>
    %5867 = "stablehlo.multiply"(%1444, %5866) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
    %5868 = "stablehlo.add"(%5865, %5867) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
    %5869 = "stablehlo.constant"() {value = dense<0.999> : tensor<3xf32>} : () -> tensor<3xf32>
    %5870 = "stablehlo.multiply"(%arg385, %5869) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
    %5871 = "stablehlo.constant"() {value = dense<0.001> : tensor<3xf32>} : () -> tensor<3xf32>
    %5872 = "stablehlo.multiply"(%3952, %5871) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
    %5873 = "stablehlo.add"(%5870, %5872) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
    %5874 = "stablehlo.broadcast_in_dim"(%3980) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<3xf32>
    %5875 = "stablehlo.divide"(%5868, %5874) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
    %5876 = "stablehlo.broadcast_in_dim"(%3983) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<3xf32>
    %5877 = "stablehlo.divide"(%5873, %5876) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
    %5878 = "stablehlo.sqrt"(%5877) : (tensor<3xf32>) -> tensor<3xf32>
    %5879 = "stablehlo.constant"() {value = dense<0x322BCC77> : tensor<3xf32>} : () -> tensor<3xf32>
    %5880 = "stablehlo.add"(%5878, %5879) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
    %5881 = "stablehlo.divide"(%5875, %5880) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
    %5882 = "stablehlo.constant"() {value = dense<0.0001> : tensor<3xf32>} : () -> tensor<3xf32>
    %5883 = "stablehlo.multiply"(%arg142, %5882) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
    %5884 = "stablehlo.add"(%5881, %5883) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
    %5885 = "stablehlo.broadcast_in_dim"(%3964) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<3xf32>
    %5886 = "stablehlo.multiply"(%5884, %5885) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
    %5887 = "stablehlo.subtract"(%arg142, %5886) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
    %5888 = "stablehlo.reshape"(%1199) : (tensor<f32>) -> tensor<1xf32>
    %5889 = "stablehlo.reshape"(%1178) : (tensor<f32>) -> tensor<1xf32>
    %5890 = "stablehlo.reshape"(%1193) : (tensor<f32>) -> tensor<1xf32>
    %5891 = "stablehlo.reshape"(%427) : (tensor<f32>) -> tensor<1xf32>
    %5892 = "stablehlo.reshape"(%416) : (tensor<f32>) -> tensor<1xf32>
    %5893 = "stablehlo.reshape"(%424) : (tensor<f32>) -> tensor<1xf32>
    %5894 = "stablehlo.reshape"(%450) : (tensor<f32>) -> tensor<1xf32>
    %5895 = "stablehlo.reshape"(%460) : (tensor<f32>) -> tensor<1xf32>
    %5896 = "stablehlo.reshape"(%1194) : (tensor<f32>) -> tensor<1xf32>
    %5897 = "stablehlo.reshape"(%961) : (tensor<f32>) -> tensor<1xf32>
    %5898 = "stablehlo.reshape"(%3959) : (tensor<f32>) -> tensor<1xf32>
    %5899 = "stablehlo.reshape"(%3964) : (tensor<f32>) -> tensor<1xf32>
    %5900 = "stablehlo.concatenate"(%5888, %5888, %5889, %5889, %5889, %5890, %5891, %5892, %5893, %5894, %5895, %5896, %5897, %5898, %5899) {dimension = 0 : i64} : (tensor<1xf32>, tensor<1xf32>, tensor<1xf32>, tensor<1xf32>, tensor<1xf32>, tensor<1xf32>, tensor<1xf32>, tensor<1xf32>, tensor<1xf32>, tensor<1xf32>, tensor<1xf32>, tensor<1xf32>, tensor<1xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<15xf32>
    return %3997, %4021, %4036, %4051, %4075, %4090, %4105, %4120, %4135, %4150, %4165, %4180, %4195, %4210, %4225, %4240, %4255, %4270, %4285, %4300, %4315, %4330, %4345, %4360, %4375, %4390, %4405, %4420, %4435, %4450, %4474, %4489, %4504, %4519, %4534, %4549, %4564, %4579, %4594, %4609, %4624, %4639, %4654, %4669, %4684, %4699, %4714, %4729, %4753, %4777, %4801, %4816, %4840, %4855, %4870, %4894, %4909, %4924, %4939, %4954, %4969, %4984, %4999, %5014, %5029, %5044, %5059, %5074, %5089, %5104, %5119, %5134, %5149, %5164, %5179, %5194, %5209, %5224, %5239, %5254, %5269, %5284, %5299, %5314, %5329, %5344, %5359, %5374, %5389, %5404, %5419, %5434, %5449, %5464, %5479, %5494, %5509, %5524, %5539, %5554, %5569, %5584, %5599, %5614, %5629, %5644, %5659, %5674, %5689, %5704, %5719, %5734, %5749, %5764, %5779, %5794, %5809, %5824, %5839, %5863, %5887, %3966, %3972, %4002, %4024, %4039, %4056, %4078, %4093, %4108, %4123, %4138, %4153, %4168, %4183, %4198, %4213, %4228, %4243, %4258, %4273, %4288, %4303, %4318, %4333, %4348, %4363, %4378, %4393, %4408, %4423, %4438, %4455, %4477, %4492, %4507, %4522, %4537, %4552, %4567, %4582, %4597, %4612, %4627, %4642, %4657, %4672, %4687, %4702, %4717, %4734, %4758, %4782, %4804, %4821, %4843, %4858, %4875, %4897, %4912, %4927, %4942, %4957, %4972, %4987, %5002, %5017, %5032, %5047, %5062, %5077, %5092, %5107, %5122, %5137, %5152, %5167, %5182, %5197, %5212, %5227, %5242, %5257, %5272, %5287, %5302, %5317, %5332, %5347, %5362, %5377, %5392, %5407, %5422, %5437, %5452, %5467, %5482, %5497, %5512, %5527, %5542, %5557, %5572, %5587, %5602, %5617, %5632, %5647, %5662, %5677, %5692, %5707, %5722, %5737, %5752, %5767, %5782, %5797, %5812, %5827, %5844, %5868, %3977, %4007, %4027, %4042, %4061, %4081, %4096, %4111, %4126, %4141, %4156, %4171, %4186, %4201, %4216, %4231, %4246, %4261, %4276, %4291, %4306, %4321, %4336, %4351, %4366, %4381, %4396, %4411, %4426, %4441, %4460, %4480, %4495, %4510, %4525, %4540, %4555, %4570, %4585, %4600, %4615, %4630, %4645, %4660, %4675, %4690, %4705, %4720, %4739, %4763, %4787, %4807, %4826, %4846, %4861, %4880, %4900, %4915, %4930, %4945, %4960, %4975, %4990, %5005, %5020, %5035, %5050, %5065, %5080, %5095, %5110, %5125, %5140, %5155, %5170, %5185, %5200, %5215, %5230, %5245, %5260, %5275, %5290, %5305, %5320, %5335, %5350, %5365, %5380, %5395, %5410, %5425, %5440, %5455, %5470, %5485, %5500, %5515, %5530, %5545, %5560, %5575, %5590, %5605, %5620, %5635, %5650, %5665, %5680, %5695, %5710, %5725, %5740, %5755, %5770, %5785, %5800, %5815, %5830, %5849, %5873, %5900 : tensor<3x3x3x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<1x1x32x32xf32>, tensor<32xf32>, tensor<1x1x32x32xf32>, tensor<32xf32>, tensor<1x1x32x32xf32>, tensor<32xf32>, tensor<1x1x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x16xf32>, tensor<16xf32>, tensor<1x1x16x16xf32>, tensor<16xf32>, tensor<32x16xf32>, tensor<1x1x16x16xf32>, tensor<16xf32>, tensor<3x3x16x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<1x1x32x32xf32>, tensor<32xf32>, tensor<1x1x32x32xf32>, tensor<32xf32>, tensor<1x1x32x32xf32>, tensor<32xf32>, tensor<1x1x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x3xf32>, tensor<3xf32>, tensor<i32>, tensor<3x3x3x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<1x1x32x32xf32>, tensor<32xf32>, tensor<1x1x32x32xf32>, tensor<32xf32>, tensor<1x1x32x32xf32>, tensor<32xf32>, tensor<1x1x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x16xf32>, tensor<16xf32>, tensor<1x1x16x16xf32>, tensor<16xf32>, tensor<32x16xf32>, tensor<1x1x16x16xf32>, tensor<16xf32>, tensor<3x3x16x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<1x1x32x32xf32>, tensor<32xf32>, tensor<1x1x32x32xf32>, tensor<32xf32>, tensor<1x1x32x32xf32>, tensor<32xf32>, tensor<1x1x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x3xf32>, tensor<3xf32>, tensor<3x3x3x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<1x1x32x32xf32>, tensor<32xf32>, tensor<1x1x32x32xf32>, tensor<32xf32>, tensor<1x1x32x32xf32>, tensor<32xf32>, tensor<1x1x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x16xf32>, tensor<16xf32>, tensor<1x1x16x16xf32>, tensor<16xf32>, tensor<32x16xf32>, tensor<1x1x16x16xf32>, tensor<16xf32>, tensor<3x3x16x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<1x1x32x32xf32>, tensor<32xf32>, tensor<1x1x32x32xf32>, tensor<32xf32>, tensor<1x1x32x32xf32>, tensor<32xf32>, tensor<1x1x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x3xf32>, tensor<3xf32>, tensor<15xf32>
  }
}
