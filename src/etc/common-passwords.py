#!/usr/bin/env python3
"""Composes src/main/resources/security/common-passwords.txt (no download: written from the
well-known top lists, keyboard walks, Vietnamese habits and this office's own words).

Entries are in the checker's canonical form: lower case, Vietnamese marks folded (đ -> d),
letters and digits only. PasswordPolicy also refuses an entry with a weak run of digits before
or after it (years, dates, 123...), two entries joined, repetitions and keyboard walks, so the
list holds the words rather than every variation. Run: python3 src/etc/common-passwords.py
"""
import pathlib

INTERNATIONAL = """
password passw0rd passwd pass pwd secret letmein welcome welcome1 hello hellohello iloveyou loveyou
love lovely lover loveme qwerty qwertz azerty asdf asdfgh asdfghjkl zxcvbn zxcvbnm qazwsx qwe asd zxc
abc abcd abcde abcdef abcdefg abcdefgh abc123 admin administrator admin123 root toor guest test tester
testing demo default changeme change system sysadmin manager master superuser super user username login
monkey dragon football baseball basketball soccer hockey tennis golf sunshine princess prince shadow
superman batman spiderman ironman starwars pokemon pikachu naruto goku trustno1 freedom whatever
michael jennifer jordan jordan23 hunter ranger buster harley tigger charlie robert thomas george andrew
daniel jessica ashley amanda joshua matthew anthony william nicole hannah summer winter spring autumn
flower cookie cheese chocolate banana orange apple google facebook youtube instagram samsung iphone
computer internet matrix access master123 killer pepper ginger maggie bailey sophie mustang ferrari
porsche mercedes corvette yankees cowboys lakers liverpool chelsea arsenal barcelona realmadrid
manchester manutd juventus messi ronaldo neymar zidane qwertyuiop asdfghjkl1 q1w2e3r4 1q2w3e4r
1qaz2wsx zaq12wsx zaq1zaq1 qazwsxedc 1qazxsw2 passpass password1 p4ssw0rd letmein1 welcome123
princess1 sunshine1 iloveu iloveyou1 trustme babygirl baby angel angels beautiful butterfly
jesus christ god heaven blessed lucky lucky7 dolphin tiger lion eagle falcon phoenix wolf bear
secret123 mypassword mypass newpassword oldpassword nopassword blahblah fuckyou fuckoff asshole
cocacola pepsi nintendo playstation xbox minecraft fortnite roblox warcraft starcraft counter
hello123 test123 abc12345 qwe123 asd123 zxc123 aaa aaaa aaaaaa qqq qqqq zzz zzzz xxx xxxx
oracle mysql postgres database server network windows linux ubuntu microsoft office support
service security secure private public company business money dollar euro bitcoin crypto
family friends friend forever always together happy smile freedom1 victory winner champion
""".split()

VIETNAMESE = """
matkhau matkhaumoi matkhaucu matkhaucuatoi matkhau1 doimatkhau nhapmatkhau khongbiet khongnho
anhyeuem emyeuanh yeuem yeuanh anhyeu emyeu yeuemnhieu yeuanhnhieu anhyeuemnhieulam emyeuanhnhieulam
yeuemmaimai yeuanhmaimai maimaibennhau tinhyeu tinhyeucuatoi nguoiyeu nguoiyeucu vo chong vochong
ongxa baxa vietnam vietnamvodich vietnamoi vietnammuonnam toiyeuvietnam hanoi hanoi36 saigon
hochiminh tphcm hcm danang haiphong cantho hue nhatrang dalat vungtau quangninh nghean hatinh
quangbinh quangtri dongha thuathienhue quangnam quangngai binhdinh thanhhoa ninhbinh namdinh
thaibinh haiduong hungyen bacninh bacgiang vinhphuc phutho laocai yenbai sonla dienbien
nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dinh trinh mai cao lam
anh minh hung dung hoa lan linh huong thao trang ngoc tuan nam long hai son thang duc hieu quang
phuong ha thu thuy hien hang hanh nhung binh cuong khanh vy my nhi tien thanh trung kien dat phong
huy viet hoai hoang tam tuyet van vinh yen uyen loan lien hong cuc dao nga nguyet oanh quynh tu
tung quan khoa khang bao an phuc loc tho giang giao chau diep hau hue kim ngan nhan nhu phu sang
tai thai thinh thuan toan tri truong tuyen xuan ngocanh minhanh tuananh vietanh ducanh hoanganh
lananh phuonganh ngoclan thuytrang thanhhuong thanhtam minhtam minhchau minhthu ngocmai
cuocsong hanhphuc giadinh thanhcong tinhban banbe cuocdoi yeudoi muahe muaxuan muathu muadong
conmeo concho conga conheo meomeo gaugau saobang thienthan ngoisao mattroi mattrang bautroi
bienca quehuong tuoitre hocsinh sinhvien thaygiao cogiao bacsi congan bodoi chiensi
bongda bongdavietnam vodich vuive buon buonqua coidon cutdi dimaidi
muoihai mothaiba motmotmot khongkhongkhong xinchao chaoban camon tambiet
tamuugioiphucvutot thammuugioiphucvutot thammuugioi phucvutot
""".split()

OFFICE = """
tdkt thidua khenthuong thiduakhenthuong tdktqt tdktquangtri hoidongthidua hoidongtdkt
vanphong vanphongtinhuy vanphongthanhuy vanphongtrunguong vptu vptw vpt tinhuy thanhuy trunguong
dangcongsan dangcongsanvietnam congsan dang dangvien chibo dangbo capuy bithu
quantri quantrihethong hethong thuongtruc chutich uyvien canbo canbotonghop congchuc xem
phongtonghop tonghop demo demo2026 bacho chutichhochiminh doanket
""".split()

LONG_COMMON = """
123456789012 1234567890123 12345678901234 123456789123 1234567890qwerty qwerty1234567890
qwertyuiop123 qwertyuiopasdf qwertyuiopasdfghjkl 1q2w3e4r5t6y 1q2w3e4r5t6y7u8i9o0p 1qaz2wsx3edc
1qaz2wsx3edc4rfv qazwsxedcrfv qazwsxedcrfvtgb zaq12wsxcde3 zaq1xsw2cde3 passwordpassword
iloveyouiloveyou iloveyousomuch iloveyoubaby iloveyouforever trustno1trustno1 letmeinletmein
welcomewelcome adminadminadmin administrator1 abcdefghijkl abcdefghijklmnop abcdefg12345
abc123abc123 aaaaaaaaaaaa 111111111111 000000000000 123123123123 121212121212 112233445566
111222333444 123321123321 987654321987 0987654321098 147258369147 159753159753 147852369147
qwertyqwerty asdfasdfasdf zxcvzxcvzxcv qweasdzxc123 qweqweqweqwe asdasdasdasd 1234qwerasdf
1234qwerasdfzxcv qwerasdfzxcv 123qweasdzxc password1234 password12345 password123456
matkhau12345 matkhau123456 matkhau123456789 123456789a 123456789abc anhyeuem123456 emyeuanh123456
anhyeuem1234 emyeuanh1234 vietnam12345 vietnam123456 quantri12345 admin1234567 admin12345678
""".split()

# Common digit strings (the checker also refuses runs, repetitions and dates).
DIGITS = """
123 1234 12345 123456 1234567 12345678 123456789 1234567890 0123456789 987654321 9876543210
111 1111 11111 111111 000000 666666 888888 999999 121212 112233 123123 123321 147258369 159753
696969 6868 8686 68686868 86868686 2468 13579 1357924680 3979 5201314 1314520 520 1314
""".split()

SUFFIXES = ["123", "1234", "12345", "123456", "123456789", "2024", "2025", "2026", "2027", "1990",
            "1995", "2000", "2010", "2020", "01", "1", "11", "111", "69", "88", "99", "vn", "abc", "qwe"]


def main():
    words = []
    seen = set()

    def add(w):
        if w and w not in seen:
            seen.add(w)
            words.append(w)

    for w in INTERNATIONAL + VIETNAMESE + OFFICE + LONG_COMMON + DIGITS:
        add(w.lower())
    # The usual shapes of the bases people pick, at the policy's length (12+):
    for base in INTERNATIONAL + VIETNAMESE + OFFICE:
        for suffix in SUFFIXES:
            w = base + suffix
            if 12 <= len(w) <= 20:
                add(w)
    out = pathlib.Path(__file__).resolve().parents[1] / "main/resources/security/common-passwords.txt"
    header = ("# Common and breached passwords and their bases (lower case, unaccented, letters and digits only).\n"
              "# Composed by src/etc/common-passwords.py; PasswordPolicy reads it. Add a line to refuse a word.\n")
    out.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    print(len(words), "entries ->", out)


if __name__ == "__main__":
    main()
